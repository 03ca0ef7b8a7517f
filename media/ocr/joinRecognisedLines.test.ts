import assert from 'node:assert/strict'
import { test } from 'node:test'
import { boxOfSpan, joinRecognisedLines } from './joinRecognisedLines'
import type { RecognisedWord } from './types'

const word = (text: string, x: number, line: number, width = 100): RecognisedWord => ({
  text,
  confidence: 90,
  box: { x, y: line * 200, width, height: 80 },
  block: 1,
  paragraph: 1,
  line,
})

test('Chinese characters are joined without spaces, Latin words keep one, lines break; every character keeps its box', () => {
  const joined = joinRecognisedLines({
    words: [word('稳', 0, 1), word('赚', 100, 1), word('不赔', 200, 1, 200), word('Sale', 0, 2), word('50%', 120, 2), word('会', 300, 2)],
    width: 1000,
    height: 600,
  })
  assert.equal(joined.text, '稳赚不赔\nSale 50%会')
  assert.equal(joined.glyphBoxes.length, joined.text.length)
  assert.deepEqual(joined.glyphBoxes[3], { x: 300, y: 200, width: 100, height: 80 }, 'a two-character word is split evenly')
  assert.equal(joined.glyphBoxes[4], null, 'the line break has no box')
  assert.equal(joined.glyphBoxes[9], null, 'the space between Latin words has no box')
})

test('a span’s box is the union of its characters’ boxes, across lines too', () => {
  const joined = joinRecognisedLines({ words: [word('稳赚', 0, 1, 200), word('不赔', 0, 2, 200)], width: 1000, height: 600 })
  assert.deepEqual(boxOfSpan({ glyphBoxes: joined.glyphBoxes, start: 0, end: 2 }), { x: 0, y: 200, width: 200, height: 80 })
  assert.deepEqual(boxOfSpan({ glyphBoxes: joined.glyphBoxes, start: 1, end: 4 }), { x: 0, y: 200, width: 200, height: 280 })
  assert.equal(boxOfSpan({ glyphBoxes: joined.glyphBoxes, start: 2, end: 3 }), null, 'the line break alone has no box')
})
