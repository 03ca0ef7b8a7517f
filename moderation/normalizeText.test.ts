import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizeText, originEnd } from './normalizeText'

test('folds letters, drops decorations, marks sentence ends and paragraph breaks', () => {
  assert.equal(normalizeText('穩 **賺**😀，ＶＸ。第\n一\n\n次').text, '稳赚vx\n第一\n次')
})

test('maps every normalised unit back to its original offset', () => {
  const original = '😀穩 *賺* 𠀀字'
  const { text, origin } = normalizeText(original)
  assert.equal(text, '稳赚𠀀字')
  assert.deepEqual([...origin], [2, 5, 8, 8, 10])
  const begin = text.indexOf('赚')
  const end = begin + '赚𠀀'.length
  assert.equal(original.slice(origin[begin], originEnd({ original, origin, index: end - 1 })), '賺* 𠀀')
})

test('empty text', () => {
  assert.deepEqual(normalizeText(''), { text: '', origin: new Int32Array(0) })
})
