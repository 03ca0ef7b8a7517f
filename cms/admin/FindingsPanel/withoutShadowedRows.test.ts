import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FindingRow } from '../../compliance/findingRows'
import { withoutShadowedRows } from './withoutShadowedRows'

function row(args: { word: string; severity: FindingRow['severity']; at: [number, number][]; count?: number }): FindingRow {
  const occurrences = args.at.map(([start, end]) => ({ start, end }))
  return {
    word: args.word,
    category: 'ad-absolute',
    severity: args.severity,
    replacement: null,
    count: args.count ?? occurrences.length,
    start: occurrences[0].start,
    end: occurrences[0].end,
    excerpt: args.word,
    occurrences,
  }
}

test('a word all of whose occurrences sit inside a more severe word is not shown', () => {
  const best = row({
    word: '最佳',
    severity: 'block',
    at: [
      [0, 2],
      [10, 12],
    ],
  })
  const most = row({
    word: '最',
    severity: 'warn',
    at: [
      [0, 1],
      [10, 11],
    ],
  })
  assert.deepEqual(withoutShadowedRows([best, most]), [best])
})

test('a word with one occurrence of its own, or more occurrences than listed, stays', () => {
  const best = row({ word: '最佳', severity: 'block', at: [[0, 2]] })
  const alone = row({
    word: '最',
    severity: 'warn',
    at: [
      [0, 1],
      [20, 21],
    ],
  })
  const unknown = row({ word: '最', severity: 'warn', at: [[0, 1]], count: 9 })
  assert.deepEqual(withoutShadowedRows([best, alone]), [best, alone])
  assert.deepEqual(withoutShadowedRows([best, unknown]), [best, unknown])
})

test('a word of the same severity does not shadow', () => {
  const outer = row({ word: '国家级', severity: 'block', at: [[0, 3]] })
  const inner = row({ word: '国家', severity: 'block', at: [[0, 2]] })
  assert.equal(withoutShadowedRows([outer, inner]).length, 2)
})
