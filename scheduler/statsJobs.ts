import { Queue, type JobsOptions } from 'bullmq'
import type { Redis } from 'ioredis'
import { z } from 'zod'
import { KEY_PREFIX } from './schedulerNames'

/** One queue for reading statistics, apart from the platform queues: a slow statistics API never delays a post. */
export const STATS_QUEUE = 'collect-stats'
export const STATS_DAILY_SCHEDULER_ID = 'collect-stats-daily'
/** Every day at 10:00 in the team's zone: WeChat serves the day before after 08:00 Beijing, Douyin's around 10:00 (analytics.md §2.6, §4.1). */
export const STATS_DAILY_PATTERN = '0 10 * * *'
/** A day the platform marks delayed is read again an hour later, at most this many times a day (analytics.md §2.6). */
export const REREADS_PER_DAY = 3
export const REREAD_DELAY_MS = 3_600_000

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** One account's run: `day` is the team day it belongs to (in its job id), `reread` 1..3 for the re-reads of delayed days. */
export const statsJobInputSchema = z.object({
  account: z.union([z.string().min(1), z.number().int()]),
  day,
  reread: z.number().int().min(0).max(REREADS_PER_DAY).default(0),
  window: z.object({ from: day, to: day }).optional(),
})
export type StatsJobInput = z.input<typeof statsJobInputSchema>
/** What the queue holds: an account's run, or nothing (the daily fan-out). */
export type StatsJobData = Partial<StatsJobInput>

/**
 * A platform error is recorded on the account and not thrown, so these retries are only for a network
 * blip or our own infrastructure: few and spaced out, never a storm. Finished jobs stay two days so a
 * second fan-out of the same day finds their ids taken and adds nothing.
 */
export const STATS_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10 * 60_000 },
  removeOnComplete: { age: 2 * 86_400, count: 10_000 },
  removeOnFail: { age: 7 * 86_400, count: 1000 },
}

/** Derived from the account and the day (and the re-read): the same run is never queued twice. */
export function statsJobId(args: { account: string | number; day: string; reread?: number }): string {
  const base = `stats-${args.account}-${args.day}`
  return args.reread ? `${base}-reread-${args.reread}` : base
}

export function createStatsQueue(connection: Redis): Queue<StatsJobData> {
  return new Queue<StatsJobData>(STATS_QUEUE, { connection, prefix: KEY_PREFIX })
}

/** Adds one account's run; a no-op while a job of the same account, day and re-read exists. */
export async function addStatsJob(args: { queue: Queue<StatsJobData>; input: StatsJobInput; delayMs?: number }): Promise<void> {
  const input = statsJobInputSchema.parse(args.input)
  await args.queue.add('collect', input, { ...STATS_JOB_OPTIONS, jobId: statsJobId(input), delay: args.delayMs ?? 0 })
}

/** The daily fan-out, at 10:00 in `timeZone` (BullMQ job scheduler: upserting again only updates it). */
export async function upsertDailyStatsScheduler(args: { queue: Queue<StatsJobData>; timeZone: string }): Promise<void> {
  await args.queue.upsertJobScheduler(
    STATS_DAILY_SCHEDULER_ID,
    { pattern: STATS_DAILY_PATTERN, tz: args.timeZone },
    { name: 'daily', data: {}, opts: { removeOnComplete: { count: 30 }, removeOnFail: { count: 50 } } },
  )
}
