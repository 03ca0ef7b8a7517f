import { Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { ocrProcessor } from './jobs/ocrProcessor'
import { createOcrQueue, OCR_QUEUE, OCR_SWEEP_SCHEDULER_ID, type OcrJobData } from './ocrJobs'
import { KEY_PREFIX } from './schedulerNames'
import type { SchedulerTiming } from './timing'
import { errorSummary } from '../lib/errorSummary'

const SWEEP_EVERY_MS = 5 * 60_000
// Tesseract on one image takes about a second per megapixel; a 40 MP photo capped to 12 MP stays well within.
const OCR_LOCK_MS = 120_000

/** The worker's OCR consumer: one image at a time (tesseract is CPU-bound), and the sweep for lost jobs. */
export async function startOcrConsumer(args: {
  payload: Payload
  redis: Redis
  timing: SchedulerTiming
}): Promise<{ close: () => Promise<void> }> {
  const { payload, redis } = args
  const queue = createOcrQueue(redis)
  const worker = new Worker<OcrJobData>(OCR_QUEUE, ocrProcessor({ payload, queue }), {
    connection: redis,
    prefix: KEY_PREFIX,
    concurrency: 1,
    lockDuration: Math.max(OCR_LOCK_MS, args.timing.lockMs),
    stalledInterval: Math.max(OCR_LOCK_MS / 2, args.timing.stalledIntervalMs),
    maxStalledCount: 2,
  })
  worker.on('error', (error) => payload.logger.error({ err: errorSummary(error) }, 'ocr worker error'))
  worker.on('failed', (job, error) => payload.logger.warn({ job: job?.id, err: errorSummary(error) }, 'ocr job failed'))
  await queue.upsertJobScheduler(
    OCR_SWEEP_SCHEDULER_ID,
    { every: SWEEP_EVERY_MS },
    { name: 'sweep', opts: { removeOnComplete: true, removeOnFail: 50 } },
  )
  await queue.add('sweep', {}, { removeOnComplete: true, removeOnFail: 50 })
  await worker.waitUntilReady()
  return {
    close: async () => {
      await worker.close()
      await queue.close()
    },
  }
}
