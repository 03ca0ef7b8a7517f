import assert from 'node:assert/strict'
import { test } from 'node:test'
import { daysBetween, massDayRefusal, massUsage } from './massQuota'

const tz = 'Asia/Shanghai'

test('used and remaining 群发 per team day and per month', () => {
  // 2026-12-04 23:30 in Shanghai is still the 4th; 16:30Z is the 5th.
  const pushes = [
    { at: new Date('2026-12-04T15:30:00Z'), title: 'A' },
    { at: new Date('2026-12-04T16:30:00Z'), title: 'B' },
    { at: new Date('2026-11-30T04:00:00Z'), title: 'C' },
  ]
  const days = daysBetween('2026-12-04', '2026-12-05')
  assert.deepEqual(days, ['2026-12-04', '2026-12-05'])
  assert.deepEqual(massUsage({ rule: { perDay: 1 }, pushes, days, timeZone: tz }), {
    days: { '2026-12-04': { used: 1, remaining: 0 }, '2026-12-05': { used: 1, remaining: 0 } },
    months: {},
  })
  assert.deepEqual(massUsage({ rule: { perFollowerPerMonth: 4 }, pushes, days, timeZone: tz }), {
    days: {},
    months: { '2026-12': { used: 2, remaining: 2 } },
  })
})

test('a second 群发 on a one-a-day account’s day is refused, naming the first', () => {
  assert.equal(massDayRefusal({ rule: { perDay: 1 }, accountName: '测试号', day: '2026-12-05', sameDay: [] }), null)
  assert.equal(massDayRefusal({ rule: { perFollowerPerMonth: 4 }, accountName: '测试号', day: '2026-12-05', sameDay: [] }), null)
  const message = massDayRefusal({
    rule: { perDay: 1 },
    accountName: '测试号',
    day: '2026-12-05',
    sameDay: [{ at: new Date(), title: '周报' }],
  })
  assert.equal(
    message,
    '「测试号」12月5日 已有一次群发（《周报》），这个账号每天只能群发 1 次。请改到其他日期，或把这条改为「发表不通知」。',
  )
})
