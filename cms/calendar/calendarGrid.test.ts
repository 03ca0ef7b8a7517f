import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dayOf, hourOf, monthGrid, movedTime, rangeBounds, shiftAnchor, timeOf, WEEK_HOURS, weekDays, weekStart } from './calendarGrid'

const tz = 'Asia/Shanghai'

test('weeks start on Monday; a month grid is six whole weeks around the month', () => {
  assert.equal(weekStart('2026-11-22'), '2026-11-16') // Sunday → the Monday before
  assert.equal(weekStart('2026-11-23'), '2026-11-23')
  const grid = monthGrid('2026-11-15')
  assert.equal(grid.length, 42)
  assert.equal(grid[0], '2026-10-26')
  assert.ok(grid.includes('2026-11-30'))
  assert.deepEqual(weekDays('2026-11-25'), [
    '2026-11-23',
    '2026-11-24',
    '2026-11-25',
    '2026-11-26',
    '2026-11-27',
    '2026-11-28',
    '2026-11-29',
  ])
})

test('an evening in Beijing is the same Beijing day whatever the UTC date', () => {
  assert.equal(dayOf({ at: '2026-11-24T16:30:00.000Z', timeZone: tz }), '2026-11-25')
  assert.equal(timeOf({ at: '2026-11-24T12:00:00.000Z', timeZone: tz }), '20:00')
  assert.deepEqual(rangeBounds({ days: ['2026-11-23', '2026-11-29'], timeZone: tz }), {
    from: '2026-11-22T16:00:00.000Z',
    to: '2026-11-29T16:00:00.000Z',
  })
})

test('dragging to another day keeps the Beijing time; the week view can change the hour', () => {
  assert.equal(movedTime({ at: '2026-11-24T12:00:00.000Z', toDate: '2026-11-27', timeZone: tz }), '2026-11-27T12:00:00.000Z')
  assert.equal(movedTime({ at: '2026-11-24T12:30:00.000Z', toDate: '2026-11-27', toHour: 8, timeZone: tz }), '2026-11-27T00:30:00.000Z')
})

test('‹ › in the month view move by calendar month: January is shown once, February is never skipped', () => {
  assert.equal(shiftAnchor({ anchor: '2027-01-01', view: 'month', by: 1 }), '2027-02-01')
  assert.equal(shiftAnchor({ anchor: '2027-01-31', view: 'month', by: 1 }), '2027-02-01')
  assert.equal(shiftAnchor({ anchor: '2026-12-15', view: 'month', by: 1 }), '2027-01-01')
  assert.equal(shiftAnchor({ anchor: '2027-01-01', view: 'month', by: -1 }), '2026-12-01')
  // The old 28-day step from 1 January landed on 29 January: January twice.
  const months = [shiftAnchor({ anchor: '2027-01-01', view: 'month', by: 1 })]
  for (let i = 0; i < 11; i += 1) months.push(shiftAnchor({ anchor: months[i], view: 'month', by: 1 }))
  assert.deepEqual(
    months.map((m) => m.slice(0, 7)),
    ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2027-${m}`).concat('2028-01'),
  )
  assert.equal(shiftAnchor({ anchor: '2026-12-08', view: 'week', by: -1 }), '2026-12-01')
})

test('the week view has a row for every hour: a 07:30 早安 slot is in the 7 o’clock row', () => {
  assert.equal(WEEK_HOURS.length, 24)
  assert.equal(WEEK_HOURS[0], 0)
  assert.equal(hourOf({ at: '2026-12-07T23:30:00.000Z', timeZone: tz }), 7)
  assert.ok(WEEK_HOURS.includes(hourOf({ at: '2026-12-07T23:30:00.000Z', timeZone: tz })))
  assert.equal(hourOf({ at: '2026-12-07T16:05:00.000Z', timeZone: tz }), 0)
})
