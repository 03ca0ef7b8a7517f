/**
 * What the scheduler should do after one step of a delivery: nothing more, or look at it again later
 * (poll an asynchronous platform, retry after a retryable error, settle an unconfirmed outcome, or
 * wait out a publishing pause).
 */
export type DeliveryStep = { kind: 'done' } | { kind: 'later'; afterMs: number; reason: 'poll' | 'retry' | 'settle' | 'paused' }

export const DONE: DeliveryStep = { kind: 'done' }

export function later(args: { afterMs: number; reason: 'poll' | 'retry' | 'settle' | 'paused' }): DeliveryStep {
  return { kind: 'later', afterMs: Math.max(0, Math.round(args.afterMs)), reason: args.reason }
}
