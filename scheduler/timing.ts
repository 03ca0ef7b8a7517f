import { z } from 'zod'

/**
 * The scheduler's clocks, all derived from the job lock: a dead worker's job is picked up again
 * after about `lockMs`; its run's lease expires in the same time and is renewed three times as often.
 */
export type SchedulerTiming = {
  lockMs: number
  stalledIntervalMs: number
  leaseMs: number
  heartbeatMs: number
  reconcileEveryMs: number
  sentinelEveryMs: number
}

export const timingOptionsSchema = z.object({
  lockMs: z.number().int().min(1000).max(600_000).default(15_000),
  reconcileEveryMs: z.number().int().min(1000).max(3_600_000).default(60_000),
})

export function schedulerTiming(input: z.input<typeof timingOptionsSchema> = {}): SchedulerTiming {
  const { lockMs, reconcileEveryMs } = timingOptionsSchema.parse(input)
  return {
    lockMs,
    stalledIntervalMs: Math.round(lockMs / 2),
    leaseMs: lockMs,
    heartbeatMs: Math.round(lockMs / 3),
    reconcileEveryMs,
    sentinelEveryMs: Math.min(5000, reconcileEveryMs),
  }
}
