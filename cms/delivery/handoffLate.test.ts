import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isHandoffLate } from './handoffLate'

const now = new Date('2026-12-04T12:00:00Z')

test('late only when awaiting the operator and more than two hours past its due time', () => {
  const rows: { state: string; dueAt: string | null; late: boolean }[] = [
    { state: 'awaiting_operator', dueAt: '2026-12-04T09:59:59Z', late: true },
    { state: 'awaiting_operator', dueAt: '2026-12-04T10:00:00Z', late: false },
    { state: 'awaiting_operator', dueAt: '2026-12-04T11:30:00Z', late: false },
    { state: 'awaiting_operator', dueAt: '2026-12-05T10:00:00Z', late: false },
    { state: 'awaiting_operator', dueAt: null, late: false },
    { state: 'awaiting_operator', dueAt: 'not a date', late: false },
    { state: 'published', dueAt: '2026-12-01T00:00:00Z', late: false },
    { state: 'manual', dueAt: '2026-12-01T00:00:00Z', late: false },
  ]
  for (const row of rows) assert.equal(isHandoffLate({ state: row.state, dueAt: row.dueAt, now }), row.late, JSON.stringify(row))
})

test('a Date or a timestamp reads the same as text', () => {
  assert.equal(isHandoffLate({ state: 'awaiting_operator', dueAt: new Date('2026-12-04T08:00:00Z'), now: now.getTime() }), true)
  assert.equal(isHandoffLate({ state: 'awaiting_operator', dueAt: Date.parse('2026-12-04T11:00:00Z'), now }), false)
})
