import assert from 'node:assert/strict'
import { test } from 'node:test'
import { joinRecognisedLines } from '../../media/ocr'
import { buildMatcher, defaultLexicon } from '../../moderation'
import { readStoredImageFindings, scanRecognisedText } from './imageFindings'

const matcher = buildMatcher({ entries: defaultLexicon, version: 'test' })
const glyph = (text: string, x: number, line: number) => ({
  text,
  confidence: 90,
  box: { x, y: line * 100, width: 50, height: 60 },
  block: 1,
  paragraph: 1,
  line,
})

test('a word read in an image gets the box of its characters, each occurrence its own', () => {
  const recognised = joinRecognisedLines({
    words: [...'稳赚不赔'].map((c, i) => glyph(c, 100 + i * 50, 1)).concat([...'也稳赚'].map((c, i) => glyph(c, i * 50, 3))),
    width: 800,
    height: 400,
  })
  const found = scanRecognisedText({ matcher, recognised })
  assert.equal(found.lexicon, 'test')
  const earn = found.rows.find((row) => row.word === '稳赚')
  assert.ok(earn)
  assert.equal(earn.severity, 'block')
  assert.deepEqual(earn.box, { x: 100, y: 100, width: 100, height: 60 })
  assert.deepEqual(earn.boxes, [
    { x: 100, y: 100, width: 100, height: 60 },
    { x: 50, y: 300, width: 100, height: 60 },
  ])
  assert.deepEqual(readStoredImageFindings(JSON.parse(JSON.stringify(found))), found, 'the stored json reads back')
})

test('clean text yields no rows; a stored failure reads as its message; anything else as nothing', () => {
  const recognised = joinRecognisedLines({ words: [...'会员日'].map((c, i) => glyph(c, i * 50, 1)), width: 400, height: 200 })
  assert.deepEqual(scanRecognisedText({ matcher, recognised }).rows, [])
  assert.deepEqual(readStoredImageFindings({ error: '图片无法读取' }), { error: '图片无法读取' })
  assert.equal(readStoredImageFindings([{ word: 'x' }]), null)
})
