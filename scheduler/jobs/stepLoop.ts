/** Steps that need no wait (recovered, then run) happen in the same job run, up to this many. */
export const MAX_STEPS_PER_RUN = 4

/**
 * After one look at a delivery within a job run: `finish` (the job is done), `loop` (look again
 * at once, in this run), or `delay` (the job moves itself back to delayed for `afterMs`, so nothing
 * ever sleeps inside a job; the last allowed step always delays). `step`: the look just made, from 0.
 */
export type StepLoopAction = { kind: 'finish' } | { kind: 'loop' } | { kind: 'delay'; afterMs: number }

export function stepLoopDecision(args: { next: { afterMs: number } | null; step: number }): StepLoopAction {
  const { next, step } = args
  if (next === null) return { kind: 'finish' }
  if (next.afterMs > 0 || step >= MAX_STEPS_PER_RUN - 1) return { kind: 'delay', afterMs: Math.max(next.afterMs, 1) }
  return { kind: 'loop' }
}
