import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { daysOf, mondayOf, reportWeeks } from './reportWeek'

describe('reportWeeks', () => {
  it('defaults to the last complete week in the team zone, whatever the hour', () => {
    // Friday 2026-12-04 in Beijing, early morning and late evening (UTC the day before / same day).
    for (const at of ['2026-12-03T16:30:00Z', '2026-12-04T15:59:00Z']) {
      const { week, previous } = reportWeeks({ now: new Date(at), timeZone: 'Asia/Shanghai' })
      assert.deepEqual(week, { from: '2026-11-23', to: '2026-11-29' }, at)
      assert.deepEqual(previous, { from: '2026-11-16', to: '2026-11-22' })
    }
    // Sunday 23:30 Beijing: that week is not complete yet.
    assert.equal(reportWeeks({ now: new Date('2026-11-29T15:30:00Z'), timeZone: 'Asia/Shanghai' }).week.from, '2026-11-16')
    // Monday 00:10 Beijing: the week that just ended.
    assert.equal(reportWeeks({ now: new Date('2026-11-29T16:10:00Z'), timeZone: 'Asia/Shanghai' }).week.from, '2026-11-23')
  })

  it('takes any day of a week, Sunday included, and crosses months and years', () => {
    assert.deepEqual(reportWeeks({ day: '2026-12-06', now: new Date(), timeZone: 'Asia/Shanghai' }).week, {
      from: '2026-11-30',
      to: '2026-12-06',
    })
    assert.deepEqual(reportWeeks({ day: '2027-01-01', now: new Date(), timeZone: 'Asia/Shanghai' }).week, {
      from: '2026-12-28',
      to: '2027-01-03',
    })
    assert.equal(mondayOf('2026-11-30'), '2026-11-30')
    assert.deepEqual(daysOf({ from: '2026-11-30', to: '2026-12-06' }).slice(-2), ['2026-12-05', '2026-12-06'])
  })
})
