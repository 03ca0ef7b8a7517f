import assert from 'node:assert/strict'
import { test } from 'node:test'
import { pushQuotaReply, quotaLine } from './pushQuota'

const reply = pushQuotaReply.parse({
  accounts: [
    {
      account: 1,
      name: '订阅号',
      platform: 'wechat',
      accountType: 'subscription',
      perDay: 1,
      days: { '2026-12-04': { used: 0, remaining: 1 }, '2026-12-06': { used: 1, remaining: 0 } },
      months: {},
    },
    {
      account: 'abc',
      name: '服务号',
      platform: 'wechat',
      accountType: 'service',
      perFollowerPerMonth: 4,
      days: {},
      months: { '2026-12': { used: 1, remaining: 3 }, '2027-01': { used: 0, remaining: 4 } },
    },
  ],
})
const [subscription, service] = reply.accounts

test("a subscription account's day: today says 今日, another day its date, none left is exhausted", () => {
  assert.deepEqual(quotaLine({ quota: subscription, day: '2026-12-04', today: '2026-12-04' }), {
    text: '今日群发剩余 1/1',
    short: '群发 1/1',
    exhausted: false,
  })
  assert.deepEqual(quotaLine({ quota: subscription, day: '2026-12-06', today: '2026-12-04' }), {
    text: '12月6日群发剩余 0/1',
    short: '群发 0/1',
    exhausted: true,
  })
})

test("a service account's month: what each follower may still receive, 本月 for the current month", () => {
  assert.equal(quotaLine({ quota: service, day: '2026-12-20', today: '2026-12-04' })?.text, '本月每位粉丝还可收到 3 次')
  assert.equal(quotaLine({ quota: service, day: '2027-01-02', today: '2026-12-04' })?.text, '1月每位粉丝还可收到 4 次')
})

test('a day the reply does not cover says nothing', () => {
  assert.equal(quotaLine({ quota: subscription, day: '2026-12-05', today: '2026-12-04' }), null)
  assert.equal(quotaLine({ quota: service, day: '2027-02-01', today: '2026-12-04' }), null)
})

test('the slot being edited does not use up its own day', () => {
  assert.equal(quotaLine({ quota: subscription, day: '2026-12-06', today: '2026-12-04', ownPush: true })?.text, '12月6日群发剩余 1/1')
  assert.equal(quotaLine({ quota: service, day: '2026-12-20', today: '2026-12-04', ownPush: true })?.text, '本月每位粉丝还可收到 4 次')
})
