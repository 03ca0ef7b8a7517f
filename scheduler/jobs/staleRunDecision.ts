/**
 * What a job does with a delivery it finds `sending`. `sending` is normal while a run works: only
 * when no run has held the lease for two heartbeats in a row (a live run re-asserts it even after
 * Redis lost it) is the run taken for dead and recovered. `staleSince`: when this job first found
 * it so (kept in the job's data); `wait.staleSince`: what to keep there next (undefined clears it,
 * absent leaves it).
 */
export type StaleRunAction = { kind: 'recover' } | { kind: 'wait'; afterMs: number; staleSince?: number | undefined }

export function staleRunDecision(args: {
  leaseHeld: boolean
  staleSince: number | undefined
  now: number
  heartbeatMs: number
  leaseMs: number
}): StaleRunAction {
  const { now, staleSince } = args
  // A run holds it: look again once that run has had time to finish or die.
  if (args.leaseHeld) return { kind: 'wait', afterMs: args.leaseMs, staleSince: undefined }
  const quiet = 2 * args.heartbeatMs
  if (staleSince === undefined) return { kind: 'wait', afterMs: quiet, staleSince: now }
  if (now - staleSince < quiet) return { kind: 'wait', afterMs: quiet - (now - staleSince) }
  return { kind: 'recover' }
}
