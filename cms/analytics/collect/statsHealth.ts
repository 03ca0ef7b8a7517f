import { PublishError, QuotaExceededError, type PublishErrorKind, type StatsWindow } from '../../../publishers'
import { addDays, zonedDate, zonedToUtc } from '../../../lib/zonedTime'
import { STATS_TIME_ZONE } from './statsWindow'
import type { PlatformAccount } from '../../payload-types'

export type StatsStatus = NonNullable<NonNullable<PlatformAccount['statsHealth']>['status']>

/** The account's statistics health as the collector writes it (times ISO 8601, UTC). */
export type StatsHealth = {
  status: StatsStatus
  message: string | null
  code: string | null
  lastRunAt: string | null
  lastSuccessAt: string | null
  blockedUntil: string | null
  backfilledAt: string | null
}

/** What one run came to: rows stored, or the error that stopped it before anything was stored. */
export type RunOutcome =
  { kind: 'stored'; window: StatsWindow; posts: number; rows: number; delayedDates: readonly string[] } | { kind: 'failed'; error: unknown }

const PERMISSION_PAUSE_MS = 24 * 3_600_000

/**
 * 08:00 Beijing on the day after `now`'s Beijing day: when a used-up daily quota is worth trying again
 * (platform quotas count Beijing days; WeChat's datacube serves the day before after 08:00, analytics.md §2.1).
 */
export function nextQuotaMorning(now: Date): Date {
  const tomorrow = addDays(zonedDate({ at: now, timeZone: STATS_TIME_ZONE }), 1)
  return zonedToUtc({ date: tomorrow, time: '08:00', timeZone: STATS_TIME_ZONE })
}

/** The stored health with its defaults (an account never collected has none). */
export function readStatsHealth(stored: PlatformAccount['statsHealth']): StatsHealth {
  return {
    status: stored?.status ?? 'never',
    message: stored?.message ?? null,
    code: stored?.code ?? null,
    lastRunAt: stored?.lastRunAt ?? null,
    lastSuccessAt: stored?.lastSuccessAt ?? null,
    blockedUntil: stored?.blockedUntil ?? null,
    backfilledAt: stored?.backfilledAt ?? null,
  }
}

/** Until when a quota or permission error keeps this account from calling the platform, or null when it may run. */
export function blockedUntil(args: { health: StatsHealth; now: Date }): Date | null {
  if (args.health.blockedUntil === null) return null
  const until = new Date(args.health.blockedUntil)
  return until.getTime() > args.now.getTime() ? until : null
}

/** `then`: what happens next, after the publisher's own message (which already says what went wrong, in Chinese). */
type ErrorRule = { status: StatsStatus; pauseUntil?: (now: Date, error: PublishError) => Date; then: string | null; retryable: boolean }

/** What each kind of publisher error means for collection. Data; an unknown error is `error`, not retried here. */
const ERROR_RULES: Record<PublishErrorKind, ErrorRule> = {
  quota_exceeded: {
    status: 'quota',
    pauseUntil: (now, error) =>
      new Date(
        Math.max(nextQuotaMorning(now).getTime(), now.getTime() + (error instanceof QuotaExceededError ? (error.retryAfterMs ?? 0) : 0)),
      ),
    then: null,
    retryable: false,
  },
  permission: { status: 'permission', pauseUntil: (now) => new Date(now.getTime() + PERMISSION_PAUSE_MS), then: null, retryable: false },
  auth_expired: { status: 'auth', then: '请到平台账号重新连接或重新填写凭据', retryable: false },
  reauth_required: { status: 'auth', then: '请到平台账号重新授权', retryable: false },
  config: { status: 'error', then: '请到平台账号改好后点「测试连接」确认', retryable: false },
  rate_limited: { status: 'error', then: '系统稍后会再试', retryable: true },
  transient: { status: 'error', then: '系统稍后会再试', retryable: true },
  outcome_unknown: { status: 'error', then: '系统稍后会再试', retryable: true },
  content_rejected: { status: 'error', then: '明天会再试；一直不行请联系管理员', retryable: false },
  platform: { status: 'error', then: '明天会再试；一直不行请联系管理员', retryable: false },
}

/** Whether a failed run is worth repeating soon (a network blip), rather than tomorrow. */
export function isRetryable(error: unknown): boolean {
  return error instanceof PublishError && ERROR_RULES[error.kind].retryable
}

/**
 * The health after a run. Every run stamps `lastRunAt`; a stored run clears any block and stamps
 * `lastSuccessAt` (and `backfilledAt` the first time: the first run reads the past week); a quota
 * error blocks until the next 08:00 Beijing after today, a permission error for a day, so neither
 * the daily job nor 立即更新 calls the platform again in between.
 */
export function healthAfterRun(args: {
  previous: StatsHealth
  outcome: RunOutcome
  now: Date
  formatTime: (at: Date) => string
}): StatsHealth {
  const { previous, outcome, now } = args
  const at = now.toISOString()
  if (outcome.kind === 'stored') {
    const { window, posts, rows, delayedDates } = outcome
    const span = window.from === window.to ? window.from : `${window.from} 至 ${window.to}`
    const delayed = delayedDates.length > 0
    return {
      status: delayed ? 'delayed' : 'ok',
      message: delayed
        ? `平台标记 ${[...delayedDates].sort().join('、')} 的数据尚未最终确定，已先保存，之后的回收会重新读取`
        : `已回收 ${span} 的数据：${posts} 篇内容，写入 ${rows} 条`,
      code: null,
      lastRunAt: at,
      lastSuccessAt: at,
      blockedUntil: null,
      backfilledAt: previous.backfilledAt ?? at,
    }
  }
  const { error } = outcome
  const detail = error instanceof Error ? error.message : String(error)
  if (!(error instanceof PublishError)) {
    return { ...previous, status: 'error', message: `数据回收出错：${detail}。明天会再试；一直出错请联系管理员`, code: null, lastRunAt: at }
  }
  const rule = ERROR_RULES[error.kind]
  const until = rule.pauseUntil?.(now, error) ?? null
  const next = until ? `${args.formatTime(until)} 前不再回收（立即更新也一样）` : rule.then
  return {
    ...previous,
    status: rule.status,
    message: next ? `${detail.replace(/[。；，\s]+$/u, '')}。${next}` : detail,
    code: error.code ?? error.kind,
    lastRunAt: at,
    blockedUntil: until ? until.toISOString() : null,
  }
}
