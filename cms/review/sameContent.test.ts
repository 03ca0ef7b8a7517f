import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sameContent } from './sameContent'

test('relations compare by id, whether populated or not', () => {
  assert.ok(sameContent(5, { id: 5, filename: 'a.jpg', createdAt: 'x' }))
  assert.ok(!sameContent(5, { id: 6, filename: 'a.jpg' }))
})
test('array rows ignore their row ids but not their content or order', () => {
  assert.ok(sameContent([{ id: 'a', platform: 'weibo', title: 't' }], [{ id: 'b', title: 't', platform: 'weibo' }]))
  assert.ok(!sameContent([{ platform: 'weibo', title: 't' }], [{ platform: 'weibo', title: 'T' }]))
  assert.ok(!sameContent([{ title: '1' }, { title: '2' }], [{ title: '2' }, { title: '1' }]))
})
test('empty values are equal; any text change is not', () => {
  assert.ok(sameContent(undefined, null))
  assert.ok(sameContent('', null))
  assert.ok(sameContent([], null))
  assert.ok(!sameContent('正文', '正文。'))
})
