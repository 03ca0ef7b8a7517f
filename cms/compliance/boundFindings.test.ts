import assert from 'node:assert/strict'
import { test } from 'node:test'
import { boundFindings, isOmittedMarker } from './boundFindings'
import type { FindingRow } from './findingRows'

const row = (word: string, severity: FindingRow['severity'], count = 1): FindingRow => ({
  word,
  category: 'test',
  severity,
  replacement: null,
  count,
  start: 0,
  end: word.length,
  excerpt: word,
  occurrences: [{ start: 0, end: word.length }],
})

test('under the cap: the rows as they are, with no marker', () => {
  const rows = [row('最', 'warn'), row('最佳', 'block')]
  assert.deepEqual(boundFindings({ rows, maxRows: 5 }), [rows[1], rows[0]])
  assert.deepEqual(boundFindings({ rows: [] }), [])
})

test('over the cap: the most severe rows first, then a marker counting what was left out', () => {
  const warns = Array.from({ length: 5 }, (_, i) => row(`提醒${i}`, 'warn', 10))
  const bounded = boundFindings({ rows: [...warns, row('顶级', 'review'), row('最佳', 'block', 3)], maxRows: 3 })
  assert.equal(bounded.length, 4)
  assert.deepEqual(
    bounded.slice(0, 3).map((r) => (isOmittedMarker(r) ? null : r.word)),
    ['最佳', '顶级', '提醒0'],
  )
  const marker = bounded[3]
  assert.ok(isOmittedMarker(marker))
  assert.equal(marker.rows, 4)
  assert.equal(marker.occurrences, 40)
  assert.match(marker.note, /另有 4 条.*共 40 处/)
})
