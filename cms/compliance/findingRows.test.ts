import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Finding } from '../../moderation'
import { findingRows, OCCURRENCES_PER_ROW } from './findingRows'

const at = (word: string, start: number, severity: Finding['severity'] = 'block'): Finding => ({
  word,
  category: 'ad-absolute',
  severity,
  replacement: null,
  start,
  end: start + word.length,
})

test('one row per word, counting every occurrence and keeping the first few offsets', () => {
  const unit = '最佳国家级'
  const text = unit.repeat(12)
  const findings = Array.from({ length: 12 }, (_, i) => [at('最佳', i * 5), at('国家级', i * 5 + 2)]).flat()
  const rows = findingRows({ text, findings })
  assert.deepEqual(
    rows.map((r) => [r.word, r.count]),
    [
      ['最佳', 12],
      ['国家级', 12],
    ],
  )
  assert.equal(rows[0].occurrences.length, OCCURRENCES_PER_ROW)
  assert.deepEqual(rows[1].occurrences.slice(0, 2), [
    { start: 2, end: 5 },
    { start: 7, end: 10 },
  ])
  assert.deepEqual([rows[1].start, rows[1].end, rows[1].excerpt], [2, 5, '国家级'])
})

test('an excerpt spanning a long run of folded separators is shortened', () => {
  const text = `稳${' '.repeat(10_000)}赚`
  const [row] = findingRows({ text, findings: [{ ...at('稳赚', 0), end: text.length }] })
  assert.ok(row.excerpt.length <= 41)
  assert.ok(row.excerpt.startsWith('稳') && row.excerpt.endsWith('赚') && row.excerpt.includes('…'))
})

test('no findings, no rows', () => {
  assert.deepEqual(findingRows({ text: '干净的文字', findings: [] }), [])
})
