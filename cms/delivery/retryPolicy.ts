import { RateLimitedError, TransientError } from '../../publishers'

/** Transient failures are retried this many times in all (attempts are recorded on the delivery). */
export const MAX_ATTEMPTS = 5
/** A run interrupted this many times (crashes, lost leases) is not started again automatically. */
export const MAX_RUNS = 10

const BASE_DELAY_MS = 2000
const MAX_DELAY_MS = 5 * 60_000

export type RetryDecision = { retry: false } | { retry: true; afterMs: number; spendsAttempt: boolean }

/**
 * Only the scheduler turns publisher errors into retries: transient ones back off exponentially with
 * jitter; rate limits wait as long as the platform asks and spend no attempt; everything else
 * (quota, permission, configuration, content, unknown outcome) is not retried.
 */
export function retryDecision(args: { error: unknown; attempts: number; random?: () => number }): RetryDecision {
  const { error, attempts } = args
  const random = args.random ?? Math.random
  if (error instanceof RateLimitedError) return { retry: true, afterMs: Math.max(1000, error.retryAfterMs), spendsAttempt: false }
  if (!(error instanceof TransientError) || attempts >= MAX_ATTEMPTS) return { retry: false }
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1))
  // "Equal jitter": at least half the exponential delay, so retries spread but never bunch at zero.
  const jittered = Math.round(exponential / 2 + random() * (exponential / 2))
  return { retry: true, afterMs: Math.max(jittered, error.retryAfterMs ?? 0), spendsAttempt: true }
}
