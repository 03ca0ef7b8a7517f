import { describeTokenExpiry } from '../core/tokens/tokenExpiry'
import type { TokenExpiryState } from '../core/tokens/tokenExpiry'

const DAY_MS = 86_400_000

/** The platform's numbers (douyin.md §1): access 15 days, refresh 30 days, renewed at most 5 times. */
export const DOUYIN_TOKEN_LIFETIMES = { accessMs: 15 * DAY_MS, refreshMs: 30 * DAY_MS, maxRenewals: 5 } as const

/**
 * Renew when the refresh token has under 15 days left: an access token lives 15 days, so the next
 * refresh still finds a live refresh token, and no renewal is spent while plenty is left.
 */
export const RENEW_WITHIN_MS = 15 * DAY_MS

/** Pure: whether a refresh should renew the refresh token first. Unknown expiry: no (nothing says it ends). */
export function renewalDue(args: { refreshExpiresAt?: number; renewals: number; now: number }): boolean {
  if (args.refreshExpiresAt === undefined) return false
  if (args.renewals >= DOUYIN_TOKEN_LIFETIMES.maxRenewals) return false
  return args.refreshExpiresAt - args.now < RENEW_WITHIN_MS
}

export type DouyinGrantState = {
  state: TokenExpiryState
  msLeft?: number
  renewalsLeft: number
  /** The re-connect can no longer be put off by a renewal: the current refresh token is the last one. */
  reconnectDue: boolean
  /** Chinese, for the account page. */
  message: string
}

/**
 * Pure: when the account must be connected again. The access token refreshes itself and the refresh
 * token is renewed while renewals are left; after the 5th, its expiry is the end of the grant.
 */
export function douyinGrantState(args: {
  credentials: { expiresAt?: number; refreshToken?: string; refreshExpiresAt?: number; refreshRenewals?: number }
  now: number
}): DouyinGrantState {
  const { credentials, now } = args
  const renewalsLeft = Math.max(0, DOUYIN_TOKEN_LIFETIMES.maxRenewals - (credentials.refreshRenewals ?? 0))
  const expiresAt = credentials.refreshToken === undefined ? credentials.expiresAt : credentials.refreshExpiresAt
  const expiry = describeTokenExpiry({ expiresAt, now, warnBeforeMs: (renewalsLeft > 0 ? 3 : 7) * DAY_MS })
  const reconnectDue =
    expiry.state === 'expired' || (renewalsLeft === 0 && expiry.state === 'expiring') || credentials.refreshToken === undefined
  const days = expiry.msLeft === undefined ? undefined : Math.floor(expiry.msLeft / DAY_MS)
  const message =
    expiry.state === 'expired'
      ? '抖音授权已过期，请重新连接账号'
      : expiry.state === 'unknown'
        ? '抖音授权的到期时间未知'
        : renewalsLeft === 0
          ? `refresh_token 已续期 5 次（平台上限），${days} 天后必须重新连接账号`
          : `授权有效，发布时自动刷新；refresh_token 还可续期 ${renewalsLeft} 次`
  return { ...expiry, renewalsLeft, reconnectDue, message }
}
