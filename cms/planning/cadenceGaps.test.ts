import assert from 'node:assert/strict'
import { test } from 'node:test'
import { zonedToUtc } from '../../lib/zonedTime'
import { type CadenceAccount, type CadenceEntry, type CadenceTopic, cadenceGaps } from './cadenceGaps'

const timeZone = 'Asia/Shanghai'
// 2026-12-07 is a Monday; the week runs to Sunday 2026-12-13.
const WEEK = { from: '2026-12-07', to: '2026-12-13' }
const at = (day: string, time = '10:00') => zonedToUtc({ date: day, time, timeZone }).toISOString()

const daily: CadenceAccount = { id: 1, name: '品牌公众号', platform: 'wechat', cadence: { count: 1, per: 'day' } }
const weekly: CadenceAccount = { id: 2, name: '小红书主号', platform: 'xiaohongshu', cadence: { count: 3, per: 'week' } }
const slot = (account: number, day: string, state = 'scheduled'): CadenceEntry => ({ account, publishAt: at(day), state })

function gapsOf(args: {
  accounts?: CadenceAccount[]
  entries?: CadenceEntry[]
  topics?: CadenceTopic[]
  featuresPerWeek?: number
  range?: { from: string; to: string }
}) {
  return cadenceGaps({
    accounts: args.accounts ?? [daily, weekly],
    entries: args.entries ?? [],
    topics: args.topics ?? [],
    featuresPerWeek: args.featuresPerWeek ?? 0,
    range: args.range ?? WEEK,
    timeZone,
  })
}
const missingDays = (gap: { days: { day: string; missing: number }[] }) => gap.days.filter((day) => day.missing > 0).map((day) => day.day)

test('1 a day over a week with 5 slots: 2 missing, on the two empty days', () => {
  const days = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-11', '2026-12-13']
  const [account] = gapsOf({ accounts: [daily], entries: days.map((day) => slot(1, day)) }).accounts
  assert.deepEqual(
    { expected: account.expected, planned: account.planned, missing: account.missing },
    { expected: 7, planned: 5, missing: 2 },
  )
  assert.deepEqual(missingDays(account), ['2026-12-10', '2026-12-12'])
  assert.deepEqual(account.days[3], { day: '2026-12-10', expected: 1, planned: 0, missing: 1 })
})

test('days are the team zone’s: 23:30 Thursday in Beijing is Thursday, 00:30 Friday is Friday', () => {
  const entries = [
    { account: 1, publishAt: at('2026-12-10', '23:30'), state: 'scheduled' },
    { account: 1, publishAt: at('2026-12-11', '00:30'), state: 'scheduled' },
  ]
  const [account] = gapsOf({ accounts: [daily], entries, range: { from: '2026-12-10', to: '2026-12-11' } }).accounts
  assert.equal(account.missing, 0)
  assert.deepEqual(
    account.days.map((day) => day.planned),
    [1, 1],
  )
})

test('an extra post one day does not fill another day of a daily rhythm', () => {
  const entries = [slot(1, '2026-12-07'), slot(1, '2026-12-07'), slot(1, '2026-12-08')]
  const [account] = gapsOf({ accounts: [daily], entries, range: { from: '2026-12-07', to: '2026-12-09' } }).accounts
  assert.deepEqual(
    { expected: account.expected, planned: account.planned, missing: account.missing },
    { expected: 3, planned: 3, missing: 1 },
  )
  assert.deepEqual(missingDays(account), ['2026-12-09'])
})

test('3 a week, Monday to Sunday: the shortfall is spread over the empty days', () => {
  const none = gapsOf({ accounts: [weekly] }).accounts[0]
  assert.deepEqual({ expected: none.expected, planned: none.planned, missing: none.missing }, { expected: 3, planned: 0, missing: 3 })
  assert.deepEqual(missingDays(none), ['2026-12-08', '2026-12-10', '2026-12-12'])

  const one = gapsOf({ accounts: [weekly], entries: [slot(2, '2026-12-07')] }).accounts[0]
  assert.equal(one.missing, 2)
  assert.deepEqual(missingDays(one), ['2026-12-09', '2026-12-12'])
  assert.deepEqual(one.days[0], { day: '2026-12-07', expected: 1, planned: 1, missing: 0 })

  const full = gapsOf({ accounts: [weekly], entries: ['2026-12-07', '2026-12-07', '2026-12-13'].map((day) => slot(2, day)) }).accounts[0]
  assert.deepEqual({ planned: full.planned, missing: full.missing }, { planned: 3, missing: 0 }, 'two on one day still count for the week')
})

test('a range cutting weeks prorates each week’s count to its days inside, rounded up', () => {
  // Thursday to Wednesday: 4 days of one week (3 × 4/7 → 2) and 3 of the next (3 × 3/7 → 2).
  const range = { from: '2026-12-10', to: '2026-12-16' }
  const [dailyGap, weeklyGap] = gapsOf({ range, entries: [slot(2, '2026-12-11'), slot(2, '2026-12-12')] }).accounts
  assert.equal(dailyGap.expected, 7)
  assert.deepEqual(
    { expected: weeklyGap.expected, planned: weeklyGap.planned, missing: weeklyGap.missing },
    { expected: 4, planned: 2, missing: 2 },
  )
  assert.deepEqual(
    missingDays(weeklyGap),
    ['2026-12-14', '2026-12-16'],
    'the first week is met; the second still needs 2, spread Monday and Wednesday',
  )

  const weekend = gapsOf({ accounts: [weekly], range: { from: '2026-12-12', to: '2026-12-13' } }).accounts[0]
  assert.equal(weekend.expected, 1, 'Saturday and Sunday of a 3-a-week rhythm: 3 × 2/7 rounds up to 1')
})

test('cancelled, missed and failed slots do not count; a slot held by a 选题 (awaiting_content) does', () => {
  const entries = [
    slot(1, '2026-12-07', 'cancelled'),
    slot(1, '2026-12-08', 'missed'),
    slot(1, '2026-12-09', 'failed'),
    slot(1, '2026-12-10', 'awaiting_content'),
    slot(1, '2026-12-11', 'planned'),
    slot(1, '2026-12-12', 'published'),
    slot(1, '2026-12-13', 'waiting_approval'),
  ]
  const [account] = gapsOf({ accounts: [daily], entries }).accounts
  assert.equal(account.planned, 4)
  assert.deepEqual(missingDays(account), ['2026-12-07', '2026-12-08', '2026-12-09'])
})

test('accounts without a rhythm are left out; another account’s slots never fill this one', () => {
  const accounts: CadenceAccount[] = [
    daily,
    { id: 3, name: '无节奏', platform: 'weibo', cadence: null },
    { id: 4, name: '零条', platform: 'weibo', cadence: { count: 0, per: 'day' } },
    { id: 5, name: '没填条数', platform: 'weibo', cadence: { count: null, per: 'week' } },
  ]
  const gaps = gapsOf({ accounts, entries: [slot(3, '2026-12-07'), slot(4, '2026-12-08')] })
  assert.deepEqual(
    gaps.accounts.map((account) => account.id),
    [1],
  )
  assert.equal(gaps.accounts[0].planned, 0)
})

test('features: featuresPerWeek against feature topics due in each week', () => {
  const topics: CadenceTopic[] = [
    { feature: true, dueDate: at('2026-12-09') },
    { feature: true, dueDate: at('2026-12-10') },
    { feature: false, dueDate: at('2026-12-10') },
    { feature: true, dueDate: null },
    { feature: true, dueDate: at('2026-12-20') },
  ]
  assert.deepEqual(gapsOf({ topics, featuresPerWeek: 1 }).features, { perWeek: 1, expected: 1, planned: 2, missing: 0 })
  assert.deepEqual(gapsOf({ topics: [], featuresPerWeek: 1 }).features, { perWeek: 1, expected: 1, planned: 0, missing: 1 })
  // Two weeks: two features in the first do not make up for none in the second.
  const twoWeeks = { from: '2026-12-07', to: '2026-12-19' }
  assert.deepEqual(gapsOf({ topics, featuresPerWeek: 1, range: twoWeeks }).features, { perWeek: 1, expected: 2, planned: 2, missing: 1 })
  assert.deepEqual(gapsOf({ topics, featuresPerWeek: 0 }).features, { perWeek: 0, expected: 0, planned: 2, missing: 0 })
})
