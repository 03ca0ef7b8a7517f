import type { DeliveryState } from '../../cms/delivery'

/** A scheduled job off its calendar time by more than this is moved. */
export const DRIFT_MS = 2000
/** A delayed job this long past its time was not promoted (e.g. across a Redis restart). */
export const OVERDUE_MS = 30_000
/** An unconfirmed delivery whose platform can be read back is asked again at most this often (quotas). */
export const READ_BACK_EVERY_MS = 60 * 60_000

/** BullMQ's job states; `unknown` also stands for no job at all. */
export type JobState = 'active' | 'waiting' | 'waiting-children' | 'prioritized' | 'delayed' | 'completed' | 'failed' | 'unknown'
const FINISHED_JOB_STATES: readonly string[] = ['completed', 'failed', 'unknown']

export type ReconcileAction =
  | { kind: 'nothing' }
  /** Run the overdue delayed job now. */
  | { kind: 'promote' }
  /** Fire the delayed job in `delayMs` (its calendar time). */
  | { kind: 'move'; delayMs: number }
  /** Add the delivery's job again (addDeliveryJob removes a finished one first), at `runAt` or now when null. */
  | { kind: 'readd'; runAt: number | null }

/**
 * What the reconciler does for one delivery that needs the scheduler. `job`: its job, null when
 * Redis has none; `firesAt`: when a delayed job runs. `dueAt`: the calendar time of a queued
 * delivery (now for the others). `worthSettling`: for an unconfirmed one, whether a job may settle it.
 */
export function reconcileDecision(args: {
  job: { state: JobState | string; firesAt: number } | null
  deliveryState: DeliveryState
  dueAt: number
  now: number
  worthSettling: boolean
}): ReconcileAction {
  const { job, deliveryState, dueAt, now } = args
  if (job && !FINISHED_JOB_STATES.includes(job.state)) {
    if (job.state !== 'delayed') return { kind: 'nothing' }
    if (job.firesAt < now - OVERDUE_MS) return { kind: 'promote' }
    if (deliveryState !== 'queued' || dueAt <= now) return { kind: 'nothing' }
    // Scheduled for later: the job must fire at the calendar time (a lost reschedule is repaired here).
    if (Math.abs(job.firesAt - dueAt) <= DRIFT_MS) return { kind: 'nothing' }
    return { kind: 'move', delayMs: dueAt - now }
  }
  if (deliveryState === 'unconfirmed' && !args.worthSettling) return { kind: 'nothing' }
  return { kind: 'readd', runAt: dueAt > now ? dueAt : null }
}

/**
 * Whether a job should try to settle an unconfirmed delivery: always when the record proves the post
 * never went (it runs again), never when only an operator can tell, and a read-back of the platform
 * at most every READ_BACK_EVERY_MS after the last note (or at once when there is none).
 */
export function worthSettling(args: { plan: 'requeue' | 'read-back' | 'operator'; lastNoteAt: number | null; now: number }): boolean {
  if (args.plan === 'operator') return false
  return args.plan === 'requeue' || args.lastNoteAt === null || args.now - args.lastNoteAt >= READ_BACK_EVERY_MS
}
