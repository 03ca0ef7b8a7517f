import type { Job, Queue } from 'bullmq'
import type { Payload } from 'payload'
import { allAccountIds, collectAccountStats } from '../../cms/delivery'
import { env } from '../../lib/env'
import { zonedDate } from '../../lib/zonedTime'
import { addStatsJob, REREAD_DELAY_MS, statsJobInputSchema, type StatsJobData } from '../statsJobs'
import { nextReread } from './statsReread'

/**
 * The statistics queue's jobs: `daily` (from the job scheduler) queues one run per account for the
 * team's day; `collect` runs one account (the database and the platform decide what it does) and, when
 * the platform marked days as delayed, queues their re-read an hour later. A platform error is the
 * account's health, not a failed job; only a network blip is thrown, for the queue's few spaced retries.
 */
export function statsProcessor(args: { payload: Payload; queue: Queue<StatsJobData>; now?: () => Date }) {
  const now = args.now ?? (() => new Date())
  return async (job: Job<StatsJobData>): Promise<string> => {
    if (job.name === 'daily') {
      const day = zonedDate({ at: now(), timeZone: env.APP_TIMEZONE })
      const accounts = await allAccountIds(args.payload)
      for (const account of accounts) await addStatsJob({ queue: args.queue, input: { account, day } })
      return `queued ${accounts.length} accounts for ${day}`
    }
    const input = statsJobInputSchema.parse(job.data)
    const run = await collectAccountStats({ payload: args.payload, accountId: input.account, now: now(), window: input.window })
    args.payload.logger.info({ account: input.account, status: run.status, posts: run.posts, rows: run.rows }, 'statistics collected')
    if (run.retryable) throw new Error(run.message)
    const reread = nextReread({ delayedDates: run.delayedDates, reread: input.reread })
    if (reread)
      await addStatsJob({ queue: args.queue, input: { account: input.account, day: input.day, ...reread }, delayMs: REREAD_DELAY_MS })
    return `${run.status}: ${run.rows} rows`
  }
}
