import assert from 'node:assert/strict'
import { test } from 'node:test'
import { holidaysBetween } from './holidays'

test('the festivals a marketing team plans around, across a year boundary', () => {
  const names = holidaysBetween({ from: '2026-11-01', to: '2027-02-28' }).map((h) => `${h.date} ${h.name}`)
  assert.deepEqual(names, [
    '2026-11-11 双11',
    '2026-12-12 双12',
    '2026-12-22 冬至',
    '2026-12-25 圣诞节',
    '2027-01-01 元旦',
    '2027-02-05 除夕',
    '2027-02-06 春节',
    '2027-02-14 情人节',
    '2027-02-20 元宵节',
  ])
})

test('lunar festivals are computed for any year, not listed', () => {
  const in2030 = new Map(holidaysBetween({ from: '2030-01-01', to: '2030-12-31' }).map((h) => [h.name, h.date]))
  assert.equal(in2030.get('春节'), '2030-02-03')
  assert.equal(in2030.get('中秋节'), '2030-09-12')
  assert.equal(in2030.get('端午节'), '2030-06-05')
  assert.equal(in2030.get('清明节'), '2030-04-05')
})

test('a range inside one month', () => {
  assert.deepEqual(
    holidaysBetween({ from: '2026-09-20', to: '2026-10-05' }).map((h) => [h.date, h.name, h.kind]),
    [
      ['2026-09-25', '中秋节', 'holiday'],
      ['2026-10-01', '国庆节', 'holiday'],
    ],
  )
})
