import assert from 'node:assert/strict'
import { test } from 'node:test'
import { festivalDate, festivalDatesIn, nextOccurrence, previousOccurrence, ruleOf, weekdayOf, type FestivalRule } from './festivalDates'
import { lunarToGregorian } from './lunarDate'
import { sunLongitudeInstant } from './solarTermDate'

const lunar = (month: number, day: number): FestivalRule => ({ calendar: 'lunar', month, day })
const dates = (rule: FestivalRule, years: number[]) => years.map((year) => festivalDate({ rule, year }))

test('春节, 元宵, 端午, 七夕 and 中秋 fall on the published days', () => {
  assert.deepEqual(dates(lunar(1, 1), [2026, 2027, 2028]), ['2026-02-17', '2027-02-06', '2028-01-26'])
  assert.deepEqual(dates(lunar(8, 15), [2026, 2027]), ['2026-09-25', '2027-09-15'])
  assert.deepEqual(dates(lunar(5, 5), [2026]), ['2026-06-19'])
  assert.deepEqual(dates(lunar(7, 7), [2026]), ['2026-08-19'])
  assert.deepEqual(dates(lunar(1, 15), [2026]), ['2026-03-03'])
  assert.deepEqual(dates(lunar(1, 1), [2021, 2022, 2023, 2024, 2025, 2029, 2030]), [
    '2021-02-12',
    '2022-02-01',
    '2023-01-22',
    '2024-02-10',
    '2025-01-29',
    '2029-02-13',
    '2030-02-03',
  ])
})

test('a festival falls in the ordinary month, not the leap month of the same number', () => {
  // 2023 had 闰二月, 2025 闰六月, 2020 闰四月.
  assert.equal(lunarToGregorian({ year: 2023, month: 3, day: 15 }), '2023-05-04')
  assert.equal(lunarToGregorian({ year: 2025, month: 6, day: 15 }), '2025-07-09')
  assert.equal(lunarToGregorian({ year: 2025, month: 7, day: 7 }), '2025-08-29')
  assert.equal(lunarToGregorian({ year: 2020, month: 5, day: 5 }), '2020-06-25')
})

test('除夕 (腊月三十) is the last day of 腊月, long or short, in the next Gregorian year', () => {
  // 腊月 of 2025 has 29 days.
  assert.deepEqual(dates(lunar(12, 30), [2026, 2027, 2028]), ['2026-02-16', '2027-02-05', '2028-01-25'])
})

test('清明 and 冬至 are computed from the sun, right even a minute before midnight', () => {
  const qingming: FestivalRule = { calendar: 'solar_term', term: 'qingming' }
  assert.deepEqual(dates(qingming, [2026, 2027, 2028]), ['2026-04-05', '2027-04-05', '2028-04-04'])
  const dongzhi: FestivalRule = { calendar: 'solar_term', term: 'dongzhi' }
  // 2021's came at 23:59:09 Beijing time.
  assert.deepEqual(dates(dongzhi, [2021, 2024, 2025]), ['2021-12-21', '2024-12-21', '2025-12-21'])
  const at = sunLongitudeInstant({ longitude: 270, year: 2021 }).getTime()
  assert.ok(Math.abs(at - Date.parse('2021-12-21T15:59:09Z')) < 60_000)
})

test('公历 dates, and 02-29 only in leap years', () => {
  assert.deepEqual(festivalDatesIn({ rule: { calendar: 'solar', month: 11, day: 11 }, year: 2026 }), ['2026-11-11'])
  assert.deepEqual(festivalDatesIn({ rule: { calendar: 'solar', month: 2, day: 29 }, year: 2026 }), [])
  assert.equal(nextOccurrence({ rule: { calendar: 'solar', month: 2, day: 29 }, from: '2026-03-01' }), '2028-02-29')
})

test('the next occurrence is on or after the day; the previous one is before it', () => {
  const double11: FestivalRule = { calendar: 'solar', month: 11, day: 11 }
  assert.equal(nextOccurrence({ rule: double11, from: '2026-11-11' }), '2026-11-11')
  assert.equal(nextOccurrence({ rule: double11, from: '2026-11-12' }), '2027-11-11')
  assert.equal(nextOccurrence({ rule: lunar(1, 1), from: '2026-12-05' }), '2027-02-06')
  assert.equal(nextOccurrence({ rule: lunar(12, 30), from: '2026-02-17' }), '2027-02-05')
  assert.equal(previousOccurrence({ rule: lunar(1, 1), before: '2027-02-06' }), '2026-02-17')
  assert.equal(previousOccurrence({ rule: double11, before: '2027-11-11' }), '2026-11-11')
})

test('a stored festival gives its rule only when its fields make one', () => {
  assert.deepEqual(ruleOf({ calendar: 'lunar', month: 8, day: 15, term: null }), lunar(8, 15))
  assert.deepEqual(ruleOf({ calendar: 'solar_term', month: null, day: null, term: 'qingming' }), {
    calendar: 'solar_term',
    term: 'qingming',
  })
  assert.equal(ruleOf({ calendar: 'lunar', month: 8, day: null }), null)
  assert.equal(ruleOf({ calendar: 'solar_term', term: null }), null)
})

test('weekdays in Chinese', () => {
  assert.equal(weekdayOf('2026-11-11'), '周三')
  assert.equal(weekdayOf('2026-02-17'), '周二')
})
