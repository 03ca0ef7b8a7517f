import assert from 'node:assert/strict'
import { test } from 'node:test'
import { meetingWeek } from './meetingWeek'

// 2026-12-03 23:30 UTC is Friday 2026-12-04 07:30 in Beijing.
const NOW = new Date('2026-12-03T23:30:00Z')

test('no ?week: the current week in the team zone, Monday 00:00 to the next Monday 00:00 as UTC instants', () => {
  const week = meetingWeek({ asked: undefined, now: NOW, timeZone: 'Asia/Shanghai' })
  assert.deepEqual(week, {
    monday: '2026-11-30',
    sunday: '2026-12-06',
    start: '2026-11-29T16:00:00.000Z',
    end: '2026-12-06T16:00:00.000Z',
    previousMonday: '2026-11-23',
    nextMonday: '2026-12-07',
    isCurrent: true,
    askedInvalid: false,
  })
})

test('the team zone decides the day: the same instant is still Thursday in New York, same week', () => {
  const week = meetingWeek({ asked: undefined, now: NOW, timeZone: 'America/New_York' })
  assert.equal(week.monday, '2026-11-30')
  assert.equal(week.start, '2026-11-30T05:00:00.000Z')
})

test('?week= a Monday shows that week; any other day of it snaps to its Monday; across a year end', () => {
  assert.equal(meetingWeek({ asked: '2026-12-14', now: NOW, timeZone: 'Asia/Shanghai' }).monday, '2026-12-14')
  const snapped = meetingWeek({ asked: '2027-01-03', now: NOW, timeZone: 'Asia/Shanghai' })
  assert.equal(snapped.monday, '2026-12-28')
  assert.equal(snapped.sunday, '2027-01-03')
  assert.equal(snapped.nextMonday, '2027-01-04')
  assert.equal(snapped.isCurrent, false)
})

test('a ?week= that is not a calendar day falls back to this week and says so', () => {
  for (const asked of ['2026-02-30', 'next', '', ['2026-12-14']]) {
    const week = meetingWeek({ asked, now: NOW, timeZone: 'Asia/Shanghai' })
    assert.equal(week.monday, '2026-11-30', String(asked))
    assert.equal(week.askedInvalid, true, String(asked))
  }
})
