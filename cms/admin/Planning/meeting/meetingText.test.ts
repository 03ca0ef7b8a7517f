import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dayHeading, dueClock, langOf, weekSpan } from './meetingText'

test('day headings and week spans in Chinese and English', () => {
  assert.equal(dayHeading({ day: '2026-12-01', lang: 'zh' }), '12月1日 周二')
  assert.equal(dayHeading({ day: '2026-12-01', lang: 'en' }), 'Tue 1 Dec')
  assert.equal(weekSpan({ monday: '2026-12-28', sunday: '2027-01-03', lang: 'zh' }), '12月28日 – 1月3日')
  assert.equal(weekSpan({ monday: '2026-12-28', sunday: '2027-01-03', lang: 'en' }), '28 Dec – 3 Jan')
})

test('a due time reads as the clock in the team zone', () => {
  assert.equal(dueClock({ at: '2026-12-01T10:00:00.000Z', timeZone: 'Asia/Shanghai' }), '18:00')
  assert.equal(dueClock({ at: '2026-11-30T16:00:00.000Z', timeZone: 'Asia/Shanghai' }), '00:00')
})

test('English only when the admin is in English', () => {
  assert.equal(langOf('en'), 'en')
  assert.equal(langOf('zh'), 'zh')
  assert.equal(langOf(undefined), 'zh')
})
