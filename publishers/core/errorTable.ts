import {
  AuthExpiredError,
  ConfigError,
  ContentRejectedError,
  PermissionError,
  PlatformError,
  QuotaExceededError,
  RateLimitedError,
  ReauthRequiredError,
  TransientError,
} from './errors'
import type { PublishError } from './errors'
import type { PlatformId } from './types'

/** How one platform error code is classified; `reason` is Chinese and shown to operators. */
export type ErrorRule =
  | { kind: 'auth_expired' | 'reauth_required' | 'config' | 'permission' | 'content_rejected' | 'platform'; reason: string }
  | { kind: 'rate_limited'; reason: string; retryAfterMs: number }
  | { kind: 'quota_exceeded'; reason: string; retryAfter: 'next-day-beijing' | number }
  | { kind: 'transient'; reason: string; retryAfterMs?: number }

export type ErrorTable = Readonly<Record<string, ErrorRule>>

const DAY_MS = 86_400_000
const BEIJING_OFFSET_MS = 8 * 3_600_000

/** Daily quotas of Chinese platforms reset at 00:00 Beijing time (UTC+8, no DST). */
export function msUntilNextBeijingMidnight(now: number): number {
  return DAY_MS - ((now + BEIJING_OFFSET_MS) % DAY_MS)
}

export function errorFromTable(args: {
  table: ErrorTable
  platform: PlatformId
  code: string
  platformMessage: string
  now: number
}): PublishError {
  const { table, platform, code, platformMessage, now } = args
  const rule = table[code]
  if (rule === undefined) {
    return new PlatformError({
      message: `平台返回未登记的错误（${code}）：${platformMessage}`,
      platform,
      code,
      platformMessage,
    })
  }
  const base = { message: `${rule.reason}（${code}）`, platform, code, platformMessage }
  switch (rule.kind) {
    case 'auth_expired':
      return new AuthExpiredError(base)
    case 'reauth_required':
      return new ReauthRequiredError(base)
    case 'config':
      return new ConfigError(base)
    case 'permission':
      return new PermissionError(base)
    case 'content_rejected':
      return new ContentRejectedError({ ...base, reason: rule.reason })
    case 'platform':
      return new PlatformError(base)
    case 'rate_limited':
      return new RateLimitedError({ ...base, retryAfterMs: rule.retryAfterMs })
    case 'transient':
      return new TransientError({ ...base, retryAfterMs: rule.retryAfterMs })
    case 'quota_exceeded':
      return new QuotaExceededError({
        ...base,
        retryAfterMs: rule.retryAfter === 'next-day-beijing' ? msUntilNextBeijingMidnight(now) : rule.retryAfter,
      })
  }
}
