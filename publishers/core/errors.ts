import type { FixAt, PlatformId, PublishIssue, RemoteIds } from './types'

export type PublishErrorKind =
  | 'auth_expired'
  | 'reauth_required'
  | 'rate_limited'
  | 'quota_exceeded'
  | 'content_rejected'
  | 'outcome_unknown'
  | 'transient'
  | 'config'
  | 'permission'
  | 'platform'

/** Where each kind of error is fixed. Data: an account problem is never blamed on the content. */
export const FIX_AT_BY_KIND: Readonly<Record<PublishErrorKind, FixAt>> = {
  auth_expired: 'account',
  reauth_required: 'account',
  config: 'account',
  permission: 'account',
  content_rejected: 'content',
  rate_limited: 'platform',
  quota_exceeded: 'platform',
  outcome_unknown: 'platform',
  transient: 'platform',
  platform: 'platform',
}

type PublishErrorArgs = {
  /** Chinese, shown to operators as the delivery's last error. */
  message: string
  platform?: PlatformId
  /** The platform's error code, as a string (WeChat errcode, Weibo error_code, Toutiao error_code). */
  code?: string
  /** The platform's own message, verbatim (may carry a `rid`). */
  platformMessage?: string
  cause?: unknown
}

/** Base of every error a publisher throws on purpose; only the scheduler turns these into retries or failures. */
export abstract class PublishError extends Error {
  abstract readonly kind: PublishErrorKind
  readonly platform?: PlatformId
  readonly code?: string
  readonly platformMessage?: string

  constructor(args: PublishErrorArgs) {
    super(args.message, args.cause === undefined ? undefined : { cause: args.cause })
    this.name = new.target.name
    this.platform = args.platform
    this.code = args.code
    this.platformMessage = args.platformMessage
  }

  get fixAt(): FixAt {
    return FIX_AT_BY_KIND[this.kind]
  }
}

/** The token was rejected even after one refresh; retry later. */
export class AuthExpiredError extends PublishError {
  readonly kind = 'auth_expired' as const
}

/** A person must re-authorise the account (OAuth token expired or revoked). */
export class ReauthRequiredError extends PublishError {
  readonly kind = 'reauth_required' as const
}

export class RateLimitedError extends PublishError {
  readonly kind = 'rate_limited' as const
  readonly retryAfterMs: number
  constructor(args: PublishErrorArgs & { retryAfterMs: number }) {
    super(args)
    this.retryAfterMs = args.retryAfterMs
  }
}

export class QuotaExceededError extends PublishError {
  readonly kind = 'quota_exceeded' as const
  readonly retryAfterMs?: number
  constructor(args: PublishErrorArgs & { retryAfterMs?: number }) {
    super(args)
    this.retryAfterMs = args.retryAfterMs
  }
}

/** The content must change: `reason` is the platform's (or our pre-check's) reason in Chinese. */
export class ContentRejectedError extends PublishError {
  readonly kind = 'content_rejected' as const
  readonly reason: string
  readonly issues: readonly PublishIssue[]
  constructor(args: PublishErrorArgs & { reason: string; issues?: readonly PublishIssue[] }) {
    super(args)
    this.reason = args.reason
    this.issues = args.issues ?? []
  }
}

/** A request that may have committed got no readable answer: never retry blindly, reconcile by reading the platform. */
export class OutcomeUnknownError extends PublishError {
  readonly kind = 'outcome_unknown' as const
  readonly step: string
  readonly remoteIds?: RemoteIds
  constructor(args: PublishErrorArgs & { step: string; remoteIds?: RemoteIds }) {
    super(args)
    this.step = args.step
    this.remoteIds = args.remoteIds
  }
}

/** Nothing was committed; safe to retry with backoff. */
export class TransientError extends PublishError {
  readonly kind = 'transient' as const
  readonly retryAfterMs?: number
  constructor(args: PublishErrorArgs & { retryAfterMs?: number }) {
    super(args)
    this.retryAfterMs = args.retryAfterMs
  }
}

/** Account configuration is wrong (credentials, IP allow-list, settings), found by the platform or before sending. */
export class ConfigError extends PublishError {
  readonly kind = 'config' as const
}

/** The account or app lacks the permission for this call. */
export class PermissionError extends PublishError {
  readonly kind = 'permission' as const
}

/** The platform refused for a reason we have no rule for; not retried automatically. */
export class PlatformError extends PublishError {
  readonly kind = 'platform' as const
}
