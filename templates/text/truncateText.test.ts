import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { countCharacters } from './countText'
import { truncateAtSentence, truncateText } from './truncateText'

describe('truncateText', () => {
  test('keeps short text as is', () => {
    assert.equal(truncateText({ text: '新品上市', max: 4, ellipsis: '…' }), '新品上市')
  })
  test('cuts to the budget including the ellipsis', () => {
    const cut = truncateText({ text: '双十一大促全场五折起', max: 6, ellipsis: '…' })
    assert.equal(cut, '双十一大促…')
    assert.equal(countCharacters(cut), 6)
  })
  test('never splits an emoji sequence', () => {
    const family = '👨‍👩‍👧'
    const cut = truncateText({ text: `好${family}好`, max: 3, ellipsis: '' })
    assert.equal(cut, '好')
  })
})

describe('truncateAtSentence', () => {
  test('ends at the last full sentence when one ends in the second half', () => {
    const text = '第一句话写在这里。第二句话稍微长一点，会被截断'
    assert.equal(truncateAtSentence({ text, max: 14, ellipsis: '…' }), '第一句话写在这里。')
  })
  test('falls back to an ellipsis when no sentence ends late enough', () => {
    assert.equal(truncateAtSentence({ text: '短。后面是一个很长很长很长的句子', max: 10, ellipsis: '…' }), '短。后面是一个很长…')
  })
})
