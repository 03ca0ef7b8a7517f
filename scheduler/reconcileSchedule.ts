import { Queue, Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import type { DeliveryQueues } from './deliveryJobs'
import { reconcile } from './jobs/reconcile'
import { KEY_PREFIX, MAINTENANCE_QUEUE, RECONCILE_SCHEDULER_ID, SENTINEL_KEY } from './schedulerNames'
import type { SchedulerTiming } from './timing'
import { errorSummary } from '../lib/errorSummary'

export type ReconcileSchedule = { close: () => Promise<void> }

/**
 * The reconciler: a repeatable job (every `reconcileEveryMs`) on its own queue, run once at start, and
 * again at once when Redis turns out to have lost its data (the sentinel key is gone after a FLUSHALL
 * or a fresh server): the job scheduler itself is then re-created from here.
 */
export async function startReconcileSchedule(args: {
  payload: Payload
  redis: Redis
  queues: DeliveryQueues
  timing: SchedulerTiming
}): Promise<ReconcileSchedule> {
  const { payload, redis, timing } = args
  const queue = new Queue(MAINTENANCE_QUEUE, { connection: redis, prefix: KEY_PREFIX })
  const worker = new Worker(MAINTENANCE_QUEUE, async () => reconcile({ payload, queues: args.queues }), {
    connection: redis,
    prefix: KEY_PREFIX,
    concurrency: 1,
    lockDuration: Math.max(30_000, timing.lockMs),
    removeOnComplete: { count: 10 },
    removeOnFail: { count: 50 },
  })
  worker.on('error', (error) => payload.logger.error({ err: errorSummary(error) }, 'reconciler worker error'))
  worker.on('failed', (_job, error) => payload.logger.error({ err: errorSummary(error) }, 'reconcile run failed'))

  const schedule = async (reason: string) => {
    await queue.upsertJobScheduler(
      RECONCILE_SCHEDULER_ID,
      { every: timing.reconcileEveryMs },
      { name: 'reconcile', opts: { removeOnComplete: true, removeOnFail: 50 } },
    )
    await queue.add('reconcile-now', { reason }, { removeOnComplete: true, removeOnFail: 50 })
  }
  let checking = false
  const checkSentinel = async () => {
    if (checking) return
    checking = true
    try {
      if ((await redis.exists(SENTINEL_KEY)) === 1) return
      payload.logger.warn('Redis has lost its data (FLUSHALL or a new server): rebuilding the schedule from the database')
      await redis.set(SENTINEL_KEY, new Date().toISOString())
      await schedule('redis-lost-data')
      // At once, here: the maintenance worker may still be waking up on the emptied server.
      await reconcile({ payload, queues: args.queues })
    } catch (error) {
      payload.logger.warn({ err: errorSummary(error) }, 'could not check the scheduler sentinel')
    } finally {
      checking = false
    }
  }
  await redis.set(SENTINEL_KEY, new Date().toISOString())
  await schedule('start')
  const timer = setInterval(() => void checkSentinel(), timing.sentinelEveryMs)
  return {
    close: async () => {
      clearInterval(timer)
      await worker.close()
      await queue.close()
    },
  }
}
