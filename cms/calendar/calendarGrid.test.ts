import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dayOf, monthGrid, movedTime, rangeBounds, timeOf, weekDays, weekStart } from './calendarGrid'

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
