import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseTesseractTsv } from './parseTesseractTsv'

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext'

test('only word rows with text are kept, with their box, confidence and line', () => {
  const tsv = [
    HEADER,
    '1\t1\t0\t0\t0\t0\t0\t0\t1080\t1080\t-1\t',
    '4\t1\t1\t1\t1\t0\t84\t222\t781\t87\t-1\t',
    '5\t1\t1\t1\t1\t1\t84\t222\t126\t87\t92.4\t稳',
    '5\t1\t1\t1\t1\t2\t212\t222\t56\t87\t92.6\t ',
    '5\t1\t2\t1\t1\t1\t628\t471\t112\t50\t53.2\tSale',
    '',
  ].join('\n')
  assert.deepEqual(parseTesseractTsv(tsv), [
    { text: '稳', confidence: 92.4, box: { x: 84, y: 222, width: 126, height: 87 }, block: 1, paragraph: 1, line: 1 },
    { text: 'Sale', confidence: 53.2, box: { x: 628, y: 471, width: 112, height: 50 }, block: 2, paragraph: 1, line: 1 },
  ])
})

test('output that is not tesseract TSV fails loudly instead of reading as no text', () => {
  assert.throws(() => parseTesseractTsv('稳赚不赔\n'), /unexpected tesseract TSV header/)
  assert.deepEqual(parseTesseractTsv(`${HEADER}\n`), [])
})
