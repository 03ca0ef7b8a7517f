import { Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { errorSummary } from '../lib/errorSummary'
import { PLATFORMS } from '../lib/platforms'
import { closeDeliveryQueues, createDeliveryQueues } from './deliveryJobs'
import type { DeliveryJobInput } from './jobData'
import { deliveryProcessor } from './jobs/deliveryProcessor'
import { QUEUE_LIMITS } from './platformLimits'
import { startNotifyConsumer } from './startNotifyConsumer'
import { startOcrConsumer } from './startOcrConsumer'
import { startPlanningConsumer } from './startPlanningConsumer'
import { startStatsConsumer } from './startStatsConsumer'
import { startReconcileSchedule } from './reconcileSchedule'
import { deliveryQueueName, KEY_PREFIX } from './schedulerNames'
import type { SchedulerTiming } from './timing'

export type RunningScheduler = { close: () => Promise<void> }

/**
 * The worker's consumers: one BullMQ worker per platform queue (its own concurrency and rate limit),
 * the reconciler, and the OCR, statistics, planning and notify consumers. Stalled jobs (their worker died)
 * are picked up after about `lockMs`, as often as it takes: the delivery job is safe to repeat, the
 * database decides what it does.
 */
export async function startScheduler(args: { payload: Payload; redis: Redis; timing: SchedulerTiming }): Promise<RunningScheduler> {
  const { payload, redis, timing } = args
  const processor = deliveryProcessor({ payload, redis, timing })
  const workers = PLATFORMS.map((platform) => {
    const worker = new Worker<DeliveryJobInput>(deliveryQueueName(platform), processor, {
      connection: redis,
      prefix: KEY_PREFIX,
      ...QUEUE_LIMITS,
      lockDuration: timing.lockMs,
      stalledInterval: timing.stalledIntervalMs,
      maxStalledCount: 1000,
    })
    worker.on('error', (error) => payload.logger.error({ queue: platform, err: errorSummary(error) }, 'delivery worker error'))
    worker.on('failed', (job, error) =>
      payload.logger.error({ queue: platform, job: job?.id, err: errorSummary(error) }, 'delivery job failed'),
    )
    return worker
  })
  const queues = createDeliveryQueues(redis)
  const reconciler = await startReconcileSchedule({ payload, redis, queues, timing })
  const ocr = await startOcrConsumer({ payload, redis, timing })
  const stats = await startStatsConsumer({ payload, redis, timing })
  const planning = await startPlanningConsumer({ payload, redis, timing })
  const notify = await startNotifyConsumer({ payload, redis, timing })
  await Promise.all(workers.map((worker) => worker.waitUntilReady()))
  return {
    close: async () => {
      // Lets running jobs finish; a job cut short by a later SIGKILL is recovered by the next worker.
      await Promise.all(workers.map((worker) => worker.close()))
      await reconciler.close()
      await ocr.close()
      await stats.close()
      await planning.close()
      await notify.close()
      await closeDeliveryQueues(queues)
    },
  }
}
