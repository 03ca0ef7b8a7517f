import { Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { notifyProcessor } from './jobs/notifyProcessor'
import { createNotifyQueue, NOTIFY_QUEUE, NOTIFY_SWEEP_JOB, NOTIFY_SWEEP_SCHEDULER_ID, type NotifyJobData } from './notifyJobs'
import { KEY_PREFIX } from './schedulerNames'
import type { SchedulerTiming } from './timing'
import { errorSummary } from '../lib/errorSummary'

// A sweep sends up to 200 copies, 20 at a time, each giving up within 15 s.
const NOTIFY_LOCK_MS = 180_000
const SWEEP_JOB_OPTIONS = { removeOnComplete: true, removeOnFail: 50 }

/**
 * The worker's notify consumer: the sweep of pending e-mail and robot copies, at the reconciler's
 * pace (every minute by default) and once at start, so a worker that comes back catches up at once.
 */
export async function startNotifyConsumer(args: {
  payload: Payload
  redis: Redis
  timing: SchedulerTiming
}): Promise<{ close: () => Promise<void> }> {
  const { payload, redis, timing } = args
  const queue = createNotifyQueue(redis)
  const worker = new Worker<NotifyJobData>(NOTIFY_QUEUE, notifyProcessor({ payload }), {
    connection: redis,
    prefix: KEY_PREFIX,
    concurrency: 1,
    lockDuration: Math.max(NOTIFY_LOCK_MS, timing.lockMs),
    stalledInterval: Math.max(NOTIFY_LOCK_MS / 2, timing.stalledIntervalMs),
    maxStalledCount: 2,
  })
  worker.on('error', (error) => payload.logger.error({ err: errorSummary(error) }, 'notify worker error'))
  worker.on('failed', (job, error) => payload.logger.warn({ job: job?.id, err: errorSummary(error) }, 'notify sweep failed'))
  await queue.upsertJobScheduler(
    NOTIFY_SWEEP_SCHEDULER_ID,
    { every: timing.reconcileEveryMs },
    { name: NOTIFY_SWEEP_JOB, data: {}, opts: SWEEP_JOB_OPTIONS },
  )
  await queue.add(NOTIFY_SWEEP_JOB, {}, SWEEP_JOB_OPTIONS)
  await worker.waitUntilReady()
  return {
    close: async () => {
      await worker.close()
      await queue.close()
    },
  }
}
