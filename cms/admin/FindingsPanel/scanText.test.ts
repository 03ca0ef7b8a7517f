import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readScanReply } from './scanText'

const row = {
  word: '最好',
  category: '绝对化用语',
  severity: 'block',
  replacement: '很好',
  start: 2,
  end: 4,
  count: 1,
  excerpt: '最好',
  occurrences: [{ start: 2, end: 4 }],
}

test('a scan reply gives its rows and the note on what was left out', () => {
  const result = readScanReply({
    findings: [row, { omitted: true, rows: 3, occurrences: 9, note: '另有 3 条检查结果未列出' }],
    lexiconVersion: 'v1',
  })
  assert.deepEqual(result, { ok: true, rows: [row], note: '另有 3 条检查结果未列出' })
})

test('a reply without a list of findings is a failed check with a note, never an exception', () => {
  for (const reply of [
    {},
    { findings: null },
    { findings: 'x' },
    { errors: [{ message: '服务繁忙' }] },
    null,
    'text',
    { findings: [{ word: 1 }] },
  ]) {
    const result = readScanReply(reply)
    assert.equal(result.ok, false, JSON.stringify(reply))
    assert.match(result.note ?? '', /未能检查/)
  }
})
