import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { addDays, isCalendarDay, zonedDate, zonedToUtc } from './zonedTime'

describe('zonedToUtc', () => {
  const cases = [
    { date: '2026-11-24', time: '20:00', timeZone: 'Asia/Shanghai', utc: '2026-11-24T12:00:00.000Z' },
    { date: '2026-11-24', time: '06:30', timeZone: 'Asia/Shanghai', utc: '2026-11-23T22:30:00.000Z' },
    { date: '2026-07-01', time: '09:00', timeZone: 'Europe/Berlin', utc: '2026-07-01T07:00:00.000Z' },
    { date: '2026-01-15', time: '09:00', timeZone: 'Europe/Berlin', utc: '2026-01-15T08:00:00.000Z' },
    { date: '2026-03-08', time: '12:00', timeZone: 'America/New_York', utc: '2026-03-08T16:00:00.000Z' },
    { date: '2026-11-24', time: '20:00', timeZone: 'UTC', utc: '2026-11-24T20:00:00.000Z' },
  ]
  for (const c of cases) {
    test(`${c.date} ${c.time} ${c.timeZone}`, () => {
      assert.equal(zonedToUtc(c).toISOString(), c.utc)
    })
  }
  test('rejects malformed input', () => {
    assert.throws(() => zonedToUtc({ date: '2026/11/24', time: '20:00', timeZone: 'UTC' }), /Invalid date/)
  })
})

describe('zonedDate and addDays', () => {
  test('the Shanghai date of a late UTC evening is the next day', () => {
    assert.equal(zonedDate({ at: new Date('2026-11-21T17:00:00Z'), timeZone: 'Asia/Shanghai' }), '2026-11-22')
  })
  test('addDays crosses month ends', () => {
    assert.equal(addDays('2026-11-29', 3), '2026-12-02')
  })
})

test('isCalendarDay knows a calendar day from a lookalike', () => {
  assert.ok(isCalendarDay('2028-02-29'))
  for (const bad of ['2026-02-30', '2026-13-01', '2026-1-5', '20261201', '']) assert.equal(isCalendarDay(bad), false, bad)
})
