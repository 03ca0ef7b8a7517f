import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FindingRow } from '../../compliance/findingRows'
import { findingRanges, locateOccurrence, replaceOccurrence } from './findingRanges'

function row(text: string, word: string, severity: FindingRow['severity'], replacement: string | null, listed = 5): FindingRow {
  const occurrences: { start: number; end: number }[] = []
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length))
    occurrences.push({ start: at, end: at + word.length })
  return {
    word,
    category: '绝对化用语',
    severity,
    replacement,
    count: occurrences.length,
    start: occurrences[0].start,
    end: occurrences[0].end,
    excerpt: word,
    occurrences: occurrences.slice(0, listed),
  }
}

test('every occurrence is underlined, also those beyond the few the scan lists', () => {
  const text = '最好的面霜。' + '它是最好的。'.repeat(7)
  const ranges = findingRanges({ text, rows: [row(text, '最好', 'block', '很好')] })
  assert.equal(ranges.length, 8)
  assert.ok(ranges.every((r) => text.slice(r.from, r.to) === '最好' && r.matched === '最好' && r.replacement === '很好'))
})

test('a word inside a more severe one is left to the outer one', () => {
  const text = '全网最低价，最多三件'
  const ranges = findingRanges({ text, rows: [row(text, '全网最低价', 'block', '超值价'), row(text, '最', 'warn', null)] })
  assert.deepEqual(
    ranges.map((r) => [r.matched, r.severity]),
    [
      ['全网最低价', 'block'],
      ['最', 'warn'],
    ],
  )
  assert.equal(ranges[1].from, text.indexOf('最多'))
})

test('an occurrence is found again after the text moved, and replaced once', () => {
  const text = '我们的最好产品，真的最好'
  const [first] = findingRanges({ text, rows: [row(text, '最好', 'block', '很好')] })
  const edited = '开头加了几个字。' + text
  assert.deepEqual(locateOccurrence({ text: edited, ...first }), { from: first.from + 8, to: first.to + 8 })
  const change = replaceOccurrence({ text: edited, range: first })
  assert.ok(change)
  const result = edited.slice(0, change.from) + change.insert + edited.slice(change.to)
  assert.equal(result, '开头加了几个字。我们的很好产品，真的最好')
  assert.equal(locateOccurrence({ text: '都改掉了', ...first }), null)
  assert.equal(replaceOccurrence({ text, range: { ...first, replacement: null } }), null)
})
