import { Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { env } from '../lib/env'
import { errorSummary } from '../lib/errorSummary'
import { statsProcessor } from './jobs/statsProcessor'
import { KEY_PREFIX } from './schedulerNames'
import { createStatsQueue, STATS_QUEUE, upsertDailyStatsScheduler, type StatsJobData } from './statsJobs'
import type { SchedulerTiming } from './timing'

// One account's run reads a week of a platform's statistics (one call per day and endpoint on WeChat) and stores it.
const STATS_LOCK_MS = 180_000

/** The worker's statistics consumer: one account at a time (gentle on the platforms' daily quotas), and the daily job scheduler. */
export async function startStatsConsumer(args: {
  payload: Payload
  redis: Redis
  timing: SchedulerTiming
}): Promise<{ close: () => Promise<void> }> {
  const { payload, redis } = args
  const queue = createStatsQueue(redis)
  const worker = new Worker<StatsJobData>(STATS_QUEUE, statsProcessor({ payload, queue }), {
    connection: redis,
    prefix: KEY_PREFIX,
    concurrency: 1,
    lockDuration: Math.max(STATS_LOCK_MS, args.timing.lockMs),
    stalledInterval: Math.max(STATS_LOCK_MS / 2, args.timing.stalledIntervalMs),
    maxStalledCount: 2,
  })
  worker.on('error', (error) => payload.logger.error({ err: errorSummary(error) }, 'statistics worker error'))
  worker.on('failed', (job, error) => payload.logger.warn({ job: job?.id, err: errorSummary(error) }, 'statistics job failed'))
  await upsertDailyStatsScheduler({ queue, timeZone: env.APP_TIMEZONE })
  await worker.waitUntilReady()
  return {
    close: async () => {
      await worker.close()
      await queue.close()
    },
  }
}
