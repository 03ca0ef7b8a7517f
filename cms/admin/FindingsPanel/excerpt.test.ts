import assert from 'node:assert/strict'
import { test } from 'node:test'
import { excerptAround } from './excerpt'

test('an excerpt keeps the match exact and trims the context with ellipses', () => {
  const text = '第一段文字很长很长很长。\n这款产品稳 赚不赔，欢迎咨询。后面还有很多很多很多很多内容'
  const start = text.indexOf('稳')
  const parts = excerptAround({ text, start, end: start + 3, context: 5 })
  assert.equal(parts.match, '稳 赚')
  assert.equal(parts.before, '… 这款产品')
  assert.equal(parts.after, '不赔，欢迎…')
})

test('no ellipsis at the edges of the text', () => {
  assert.deepEqual(excerptAround({ text: '稳赚', start: 0, end: 2 }), { before: '', match: '稳赚', after: '' })
})
