import assert from 'node:assert/strict'
import { test } from 'node:test'
import { weekRange } from './weekRange'

test('a Thursday evening in Beijing: today, and the week from Monday 00:00 to the next Monday, in UTC', () => {
  // 2026-12-03 is a Thursday; 23:30 UTC is already Friday 07:30 in Beijing.
  const range = weekRange({ now: new Date('2026-12-03T23:30:00Z'), timeZone: 'Asia/Shanghai' })
  assert.equal(range.today, '2026-12-04')
  assert.equal(range.monday, '2026-11-30')
  assert.equal(range.sunday, '2026-12-06')
  assert.equal(range.todayStart, '2026-12-03T16:00:00.000Z')
  assert.equal(range.tomorrowStart, '2026-12-04T16:00:00.000Z')
  assert.equal(range.weekStart, '2026-11-29T16:00:00.000Z')
  assert.equal(range.weekEnd, '2026-12-06T16:00:00.000Z')
})
