import assert from 'node:assert/strict'
import { test } from 'node:test'
import { defaultSlotTime } from './defaultSlotTime'

const zone = 'Asia/Shanghai'

test('a new slot starts at 20:00 on the chosen day while that is still ahead', () => {
  // 2026-12-05 14:10 in Beijing.
  assert.equal(defaultSlotTime({ date: '2026-12-05', now: new Date('2026-12-05T06:10:00Z'), timeZone: zone }), '2026-12-05T20:00')
  assert.equal(defaultSlotTime({ date: '2026-12-09', now: new Date('2026-12-05T06:10:00Z'), timeZone: zone }), '2026-12-09T20:00')
})

test('after 20:00 (or on a past day) it starts at the first whole hour at least half an hour away', () => {
  // 20:44 in Beijing: 21:14 rounds up to 22:00.
  assert.equal(defaultSlotTime({ date: '2026-12-05', now: new Date('2026-12-05T12:44:00Z'), timeZone: zone }), '2026-12-05T22:00')
  // 19:40: 20:00 is twenty minutes away, too close to fill in the form; 20:10 rounds up to 21:00.
  assert.equal(defaultSlotTime({ date: '2026-12-05', now: new Date('2026-12-05T11:40:00Z'), timeZone: zone }), '2026-12-05T21:00')
  // 23:40: past midnight, on the next day.
  assert.equal(defaultSlotTime({ date: '2026-12-05', now: new Date('2026-12-05T15:40:00Z'), timeZone: zone }), '2026-12-06T01:00')
  assert.equal(defaultSlotTime({ date: '2026-12-01', now: new Date('2026-12-05T06:10:00Z'), timeZone: zone }), '2026-12-05T15:00')
})
