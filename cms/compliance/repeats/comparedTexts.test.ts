import assert from 'node:assert/strict'
import { test } from 'node:test'
import { comparedTexts } from './comparedTexts'

const text = (title: string, ...shingles: string[]) => ({ title, shingles: new Set(shingles) })

test('a kept text is found only by the updatedAt it was read at', () => {
  const texts = comparedTexts({ maxShingles: 100 })
  texts.set('articles:1', '2026-12-06T08:00:00.000Z', text('会员日', '会员日这', '员日这周'))
  assert.equal(texts.get('articles:1', '2026-12-06T08:00:00.000Z')?.title, '会员日')
  assert.equal(texts.get('articles:1', '2026-12-06T08:00:02.000Z'), undefined)
  assert.equal(texts.get('notes:1', '2026-12-06T08:00:00.000Z'), undefined)
  texts.set('articles:1', '2026-12-06T08:00:02.000Z', text('会员日（改）', '会员日改'))
  assert.equal(texts.get('articles:1', '2026-12-06T08:00:00.000Z'), undefined)
  assert.equal(texts.get('articles:1', '2026-12-06T08:00:02.000Z')?.title, '会员日（改）')
})

test('past the shingle budget the least recently used text goes first', () => {
  const texts = comparedTexts({ maxShingles: 4 })
  texts.set('a', 't', text('A', '1', '2'))
  texts.set('b', 't', text('B', '3'))
  assert.ok(texts.get('a', 't'))
  texts.set('c', 't', text('C', '4', '5'))
  assert.equal(texts.get('b', 't'), undefined, 'b was used least recently')
  assert.ok(texts.get('a', 't'))
  assert.ok(texts.get('c', 't'))
  // Replacing a text frees its old shingles before counting the new ones.
  texts.set('a', 't2', text('A', '1'))
  texts.set('d', 't', text('D', '6'))
  assert.ok(texts.get('a', 't2'))
  assert.ok(texts.get('c', 't'))
  assert.ok(texts.get('d', 't'))
})

test('a text larger than the whole budget is not kept, and drops nothing', () => {
  const texts = comparedTexts({ maxShingles: 2 })
  texts.set('a', 't', text('A', '1'))
  texts.set('big', 't', text('Big', '1', '2', '3'))
  assert.equal(texts.get('big', 't'), undefined)
  assert.ok(texts.get('a', 't'))
})
