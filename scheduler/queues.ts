import type { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import { errorSummary } from '../lib/errorSummary'
import { logger } from '../lib/logger'
import { createMemoryTokenStore, createTokenProvider, type TokenProvider } from '../publishers'
import {
  addDeliveryJob,
  closeDeliveryQueues,
  createDeliveryQueues,
  type DeliveryQueues,
  moveDeliveryJob,
  removeDeliveryJob,
} from './deliveryJobs'
import {
  type BackgroundQueueKind,
  type BackgroundQueues,
  type BackgroundQueueView,
  type BackgroundRetry,
  readBackgroundQueues,
  retryBackgroundJob,
} from './backgroundQueueOverview'
import { enqueueArgsSchema } from './jobData'
import { createNotifyQueue } from './notifyJobs'
import { addOcrJob, createOcrQueue, OCR_START_DELAY_MS, ocrJobInputSchema, type OcrJobData } from './ocrJobs'
import { createPlanningQueue } from './planningJobs'
import { readQueueOverview, type QueueView } from './queueOverview'
import { createProducerRedis, disconnectProducers, redisConfigured } from './redisConnection'
import { createStatsQueue } from './statsJobs'
import { createLockedTokenProvider } from './tokens/lockedTokenProvider'

/**
 * The producer API of the web process: it adds, moves and removes delivery jobs and adds image-text
 * jobs; for the admin's queue page it reads every queue and retries a failed background job. The
 * database is the record and Redis only the trigger, so when Redis cannot be reached in time these log
 * and return: the worker's reconciler re-adds missing jobs and the job re-reads the due time before it publishes.
 */
const REDIS_TIMEOUT_MS = 3000

let connection: Redis | null = null
let queues: DeliveryQueues | null = null
let ocrQueue: Queue<OcrJobData> | null = null
let background: BackgroundQueues | null = null

function producerConnection(): Redis {
  connection ??= createProducerRedis('producer')
  return connection
}

function producerQueues(): DeliveryQueues {
  queues ??= createDeliveryQueues(producerConnection())
  return queues
}

function producerOcrQueue(): Queue<OcrJobData> {
  ocrQueue ??= createOcrQueue(producerConnection())
  return ocrQueue
}

/** For the queue page only (read, and a failed job retried): the web process adds no statistics, planning or notify jobs. */
function backgroundQueues(): BackgroundQueues {
  background ??= {
    ocr: producerOcrQueue(),
    stats: createStatsQueue(producerConnection()),
    planning: createPlanningQueue(producerConnection()),
    notify: createNotifyQueue(producerConnection()),
  }
  return background
}

function withinRedisTimeout<T>(run: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS)
  })
  return Promise.race([run(), timeout]).finally(() => clearTimeout(timer))
}

async function bounded(args: { what: string; deliveryId: string | number; run: () => Promise<unknown> }): Promise<void> {
  if (!redisConfigured()) {
    logger.warn({ delivery: args.deliveryId }, `REDIS_URL is not set: could not ${args.what}; the worker's reconciler will do it`)
    return
  }
  try {
    await withinRedisTimeout(args.run)
  } catch (error) {
    logger.warn(
      { delivery: args.deliveryId, err: errorSummary(error) },
      `could not ${args.what}; the reconciler will repair it within a minute`,
    )
  }
}

/** A delayed job for the delivery at `runAt` (now when omitted). Adding while it has a job waiting is a no-op. */
export async function enqueueDelivery(args: { deliveryId: string | number; platform: string; runAt?: Date }): Promise<void> {
  const { deliveryId, platform, runAt } = enqueueArgsSchema.parse(args)
  await bounded({
    what: 'enqueue the delivery',
    deliveryId,
    run: async () => {
      const added = await addDeliveryJob({ queue: producerQueues()[platform], deliveryId, platform, runAt })
      if (added === 'running')
        logger.warn(
          { delivery: deliveryId },
          "the delivery's previous run is still finishing; the reconciler will start it within a minute",
        )
    },
  })
}

/** Removes the delivery's job unless it is running (set the delivery `cancelled` first: a running job checks it). */
export async function cancelDelivery(args: { deliveryId: string | number; platform: string }): Promise<void> {
  const { deliveryId, platform } = enqueueArgsSchema.parse(args)
  await bounded({
    what: 'remove the delivery job',
    deliveryId,
    run: () => removeDeliveryJob({ queue: producerQueues()[platform], deliveryId }),
  })
}

/** Moves the delivery's job to `runAt` (the calendar entry's publishAt stays the record of the time). */
export async function rescheduleDelivery(args: { deliveryId: string | number; platform: string; runAt: Date }): Promise<void> {
  const parsed = enqueueArgsSchema.required({ runAt: true }).parse(args)
  await bounded({
    what: 'move the delivery job',
    deliveryId: parsed.deliveryId,
    run: () => moveDeliveryJob({ queue: producerQueues()[parsed.platform], ...parsed }),
  })
}

/** A job that reads the text inside a media image (uploaded or rendered); the worker's sweep catches any this misses. */
export async function enqueueTextRecognition(args: { mediaId: string | number }): Promise<void> {
  const { mediaId } = ocrJobInputSchema.parse(args)
  await bounded({
    what: 'enqueue the text recognition of media ' + String(mediaId),
    deliveryId: mediaId,
    run: () => addOcrJob({ queue: producerOcrQueue(), mediaId, delayMs: OCR_START_DELAY_MS }),
  })
}

export type { BackgroundJobView, BackgroundQueueKind, BackgroundQueueView } from './backgroundQueueOverview'
export { BACKGROUND_QUEUE_KINDS } from './backgroundQueueOverview'
export type { QueueCounts } from './queueCounts'

export type QueuesOverview =
  { redis: 'ok'; queues: QueueView[]; background: BackgroundQueueView[] } | { redis: 'not_configured' | 'unreachable'; message: string }

/** The admin's queue dashboard: each platform queue's and background queue's counts, workers and jobs, or why Redis cannot tell. */
export async function queuesOverview(): Promise<QueuesOverview> {
  if (!redisConfigured())
    return { redis: 'not_configured', message: 'REDIS_URL 未设置：排期任务无法入队。用 npm run up 启动（会同时启动 Redis 和发布进程）。' }
  try {
    const [platformQueues, backgroundViews] = await withinRedisTimeout(() =>
      Promise.all([readQueueOverview(producerQueues()), readBackgroundQueues(backgroundQueues())]),
    )
    return { redis: 'ok', queues: platformQueues, background: backgroundViews }
  } catch (error) {
    return {
      redis: 'unreachable',
      message: `连不上 Redis（${error instanceof Error ? error.message : String(error)}）：到时的发布会在 Redis 恢复后由对账任务补上。`,
    }
  }
}

/** The admin's 重试 of a failed background job; `unavailable` when Redis is not set or does not answer. */
export async function retryBackgroundQueueJob(args: {
  kind: BackgroundQueueKind
  jobId: string
}): Promise<BackgroundRetry | 'unavailable'> {
  if (!redisConfigured()) return 'unavailable'
  try {
    return await withinRedisTimeout(() => retryBackgroundJob({ queues: backgroundQueues(), ...args }))
  } catch (error) {
    logger.warn({ job: args.jobId, err: errorSummary(error) }, 'could not retry the background job')
    return 'unavailable'
  }
}

/**
 * Platform tokens for a process that publishes or tests an account (web, worker, scripts): one token
 * owner per account across every process, tokens in Redis fetched under a Redis lock. Without Redis
 * (a one-off script) they stay in this process's memory.
 */
export function sharedTokenProvider(): TokenProvider {
  if (redisConfigured()) return createLockedTokenProvider({ redis: createProducerRedis('tokens') })
  return createTokenProvider({ store: createMemoryTokenStore() })
}

/** For processes that must exit cleanly (tests, scripts): closes the queues and every producer connection (tokens too). */
export async function closeQueues(): Promise<void> {
  if (queues) await closeDeliveryQueues(queues)
  await Promise.all([ocrQueue?.close(), background?.stats.close(), background?.planning.close(), background?.notify.close()])
  ocrQueue = null
  background = null
  disconnectProducers()
  queues = null
  connection = null
}
