import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { AuthExpiredError, PermissionError, QuotaExceededError, ReauthRequiredError, TransientError } from '../../../publishers'
import { blockedUntil, healthAfterRun, isRetryable, nextQuotaMorning, readStatsHealth, type StatsHealth } from './statsHealth'

const never = readStatsHealth(undefined)
const formatTime = (at: Date) => at.toISOString()
const window = { from: '2026-11-27', to: '2026-12-03' }

describe('nextQuotaMorning', () => {
  const cases = [
    { name: 'in the Beijing morning: tomorrow 08:00', at: '2026-12-04T01:30:00Z', until: '2026-12-05T00:00:00.000Z' },
    {
      name: 'before 08:00 Beijing: still tomorrow (today’s quota is spent)',
      at: '2026-12-03T22:00:00Z',
      until: '2026-12-05T00:00:00.000Z',
    },
    { name: 'late evening UTC is the next Beijing day', at: '2026-12-04T17:00:00Z', until: '2026-12-06T00:00:00.000Z' },
  ]
  for (const c of cases) test(c.name, () => assert.equal(nextQuotaMorning(new Date(c.at)).toISOString(), c.until))
})

describe('healthAfterRun', () => {
  const now = new Date('2026-12-04T02:00:00Z')

  test('stored: ok, the block cleared, success and backfill stamped', () => {
    const previous: StatsHealth = { ...never, status: 'quota', blockedUntil: '2026-12-04T00:00:00.000Z', code: '45009' }
    const health = healthAfterRun({ previous, outcome: { kind: 'stored', window, posts: 3, rows: 21, delayedDates: [] }, now, formatTime })
    assert.equal(health.status, 'ok')
    assert.equal(health.blockedUntil, null)
    assert.equal(health.code, null)
    assert.equal(health.lastSuccessAt, now.toISOString())
    assert.equal(health.backfilledAt, now.toISOString())
    assert.match(health.message ?? '', /2026-11-27 至 2026-12-03.*3 篇内容.*21 条/)
  })

  test('the first backfill is kept', () => {
    const previous = { ...never, backfilledAt: '2026-11-01T02:00:00.000Z' }
    const health = healthAfterRun({ previous, outcome: { kind: 'stored', window, posts: 0, rows: 0, delayedDates: [] }, now, formatTime })
    assert.equal(health.backfilledAt, '2026-11-01T02:00:00.000Z')
  })

  test('stored with delayed days: delayed, naming them', () => {
    const outcome = { kind: 'stored', window, posts: 1, rows: 7, delayedDates: ['2026-12-03', '2026-12-02'] } as const
    const health = healthAfterRun({ previous: never, outcome, now, formatTime })
    assert.equal(health.status, 'delayed')
    assert.match(health.message ?? '', /2026-12-02、2026-12-03.*尚未最终确定/)
  })

  test('45009: quota, blocked until tomorrow 08:00 Beijing, the last success kept', () => {
    const previous = { ...never, status: 'ok', lastSuccessAt: '2026-12-03T02:00:00.000Z' } as const
    const error = new QuotaExceededError({ message: '今日接口调用次数已用完', code: '45009', platform: 'wechat' })
    const health = healthAfterRun({ previous, outcome: { kind: 'failed', error }, now, formatTime })
    assert.equal(health.status, 'quota')
    assert.equal(health.code, '45009')
    assert.equal(health.blockedUntil, '2026-12-05T00:00:00.000Z')
    assert.equal(health.lastSuccessAt, '2026-12-03T02:00:00.000Z')
    assert.equal(health.lastRunAt, now.toISOString())
    assert.match(health.message ?? '', /调用次数已用完.*2026-12-05T00:00:00.000Z 前不再回收（立即更新也一样）/)
    assert.equal(isRetryable(error), false)
  })

  test('a quota error that names a later retry time waits for it', () => {
    const error = new QuotaExceededError({ message: '额度用完', retryAfterMs: 3 * 86_400_000 })
    const health = healthAfterRun({ previous: never, outcome: { kind: 'failed', error }, now, formatTime })
    assert.equal(health.blockedUntil, '2026-12-07T02:00:00.000Z')
  })

  test('48001: permission, blocked for a day', () => {
    const error = new PermissionError({ message: '公众号未认证，没有数据接口权限', code: '48001' })
    const health = healthAfterRun({ previous: never, outcome: { kind: 'failed', error }, now, formatTime })
    assert.equal(health.status, 'permission')
    assert.equal(health.blockedUntil, '2026-12-05T02:00:00.000Z')
    assert.equal(health.message, '公众号未认证，没有数据接口权限。2026-12-05T02:00:00.000Z 前不再回收（立即更新也一样）')
  })

  for (const error of [new AuthExpiredError({ message: '令牌过期' }), new ReauthRequiredError({ message: '需重新授权' })]) {
    test(`${error.name}: auth, not blocked`, () => {
      const health = healthAfterRun({ previous: never, outcome: { kind: 'failed', error }, now, formatTime })
      assert.equal(health.status, 'auth')
      assert.equal(health.blockedUntil, null)
      assert.match(health.message ?? '', new RegExp(`^${error.message}。请到平台账号`))
      assert.equal(isRetryable(error), false)
    })
  }

  test('a network blip: error, worth retrying soon', () => {
    const error = new TransientError({ message: '连接超时' })
    const health = healthAfterRun({ previous: never, outcome: { kind: 'failed', error }, now, formatTime })
    assert.equal(health.status, 'error')
    assert.equal(isRetryable(error), true)
  })

  test('our own failure: error in Chinese, not retried soon', () => {
    const error = new Error('SQLITE_BUSY')
    const health = healthAfterRun({ previous: never, outcome: { kind: 'failed', error }, now, formatTime })
    assert.equal(health.status, 'error')
    assert.match(health.message ?? '', /^数据回收出错：SQLITE_BUSY/)
    assert.equal(isRetryable(error), false)
  })
})

describe('blockedUntil', () => {
  const now = new Date('2026-12-04T02:00:00Z')
  test('a block in the future holds', () => {
    assert.equal(
      blockedUntil({ health: { ...never, blockedUntil: '2026-12-05T00:00:00.000Z' }, now })?.toISOString(),
      '2026-12-05T00:00:00.000Z',
    )
  })
  test('a past block or none lets the run go', () => {
    assert.equal(blockedUntil({ health: { ...never, blockedUntil: '2026-12-04T00:00:00.000Z' }, now }), null)
    assert.equal(blockedUntil({ health: never, now }), null)
  })
})
