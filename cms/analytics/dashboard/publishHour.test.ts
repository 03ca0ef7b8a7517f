import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { zonedDayHour } from './publishHour'

describe('zonedDayHour', () => {
  it('reads the day and hour in the team zone, across midnight UTC', () => {
    assert.deepEqual(zonedDayHour({ iso: '2026-12-01T16:30:00.000Z', timeZone: 'Asia/Shanghai' }), { date: '2026-12-02', hour: 0 })
    assert.deepEqual(zonedDayHour({ iso: '2026-12-01T15:59:59.000Z', timeZone: 'Asia/Shanghai' }), { date: '2026-12-01', hour: 23 })
    assert.deepEqual(zonedDayHour({ iso: '2026-12-01T16:30:00.000Z', timeZone: 'UTC' }), { date: '2026-12-01', hour: 16 })
  })

  it('answers null for a missing or unreadable time, and remembers answers in the cache', () => {
    const cache = new Map()
    assert.equal(zonedDayHour({ iso: null, timeZone: 'Asia/Shanghai', cache }), null)
    assert.equal(zonedDayHour({ iso: 'soon', timeZone: 'Asia/Shanghai', cache }), null)
    zonedDayHour({ iso: '2026-12-01T01:00:00.000Z', timeZone: 'Asia/Shanghai', cache })
    assert.deepEqual(cache.get('2026-12-01T01:00:00.000Z'), { date: '2026-12-01', hour: 9 })
  })
})
