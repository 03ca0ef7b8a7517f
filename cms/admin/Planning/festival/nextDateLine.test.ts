import assert from 'node:assert/strict'
import { test } from 'node:test'
import { nextDateLine } from './nextDateLine'

test('the coming date and the day preparation starts, from the rule being edited', () => {
  const line = nextDateLine({ rule: { calendar: 'solar', month: 11, day: 11 }, leadDays: 27, today: '2026-12-05' })
  assert.equal(line, '下一次：2027-11-11（周四），准备开始于 2027-10-15（周五）')
  const lunar = nextDateLine({ rule: { calendar: 'lunar', month: 1, day: 1 }, leadDays: 30, today: '2027-01-10' })
  assert.equal(lunar, '下一次：2027-02-06（周六），准备开始于 2027-01-07（周四），准备期已开始')
  assert.equal(nextDateLine({ rule: { calendar: 'lunar', month: 1 }, leadDays: 30, today: '2027-01-10' }), null)
})
