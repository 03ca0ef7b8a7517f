import assert from 'node:assert/strict'
import { test } from 'node:test'
import { holidaysBetween } from './holidays'

test('the festivals a marketing team plans around, across a year boundary', () => {
  const names = holidaysBetween({ from: '2026-11-01', to: '2027-02-28' }).map((h) => `${h.date} ${h.name}`)
  assert.deepEqual(names, [
    '2026-11-11 双11',
    '2026-12-12 双12',
    '2026-12-25 圣诞节',
    '2027-01-01 元旦',
    '2027-02-06 春节',
    '2027-02-14 情人节',
    '2027-02-20 元宵节',
  ])
})
