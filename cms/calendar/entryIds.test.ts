import assert from 'node:assert/strict'
import { test } from 'node:test'
import { coerceId, normaliseEntryIds } from './entryIds'

test('numeric strings become numbers where the database keys are numbers, and only there', () => {
  assert.equal(coerceId('10', 'number'), 10)
  assert.equal(coerceId(' 7 ', 'number'), 7)
  assert.equal(coerceId('10', 'text'), '10')
  assert.equal(coerceId('abc', 'number'), 'abc')
  assert.equal(coerceId('1.5', 'number'), '1.5')
})

test('an entry posted by the calendar form ("＋ 新建排期") gets number ids for content, account, campaign and bundle', () => {
  const data = normaliseEntryIds(
    { content: { relationTo: 'articles', value: '10' }, account: '1', campaign: '3', bundle: ['4', 5], publishAt: '2099-01-01' },
    'number',
  )
  assert.deepEqual(data, {
    content: { relationTo: 'articles', value: 10 },
    account: 1,
    campaign: 3,
    bundle: [4, 5],
    publishAt: '2099-01-01',
  })
  const populated = { id: 2, name: '公众号' }
  assert.equal(normaliseEntryIds({ account: populated }, 'number').account, populated)
  assert.deepEqual(normaliseEntryIds({ title: 'x' }, 'number'), { title: 'x' })
})
