import { Queue, type JobsOptions } from 'bullmq'
import type { Redis } from 'ioredis'
import { z } from 'zod'
import { KEY_PREFIX } from './schedulerNames'

/** One queue for reading the text inside images, apart from the platform queues: an upload burst never delays a post. */
export const OCR_QUEUE = 'recognize-image-text'
export const OCR_SWEEP_SCHEDULER_ID = 'ocr-sweep'

export const ocrJobInputSchema = z.object({ mediaId: z.union([z.string().min(1), z.number().int()]) })
export type OcrJobInput = z.infer<typeof ocrJobInputSchema>
/** What the queue holds: a media to read, or nothing (the sweep). */
export type OcrJobData = Partial<OcrJobInput>

/**
 * Retries are for a media the job cannot see yet (the upload's transaction still open) or a database
 * hiccup, a few times and spaced out; a recognition that fails is stored as `failed` and not retried.
 */
export const OCR_JOB_OPTIONS: JobsOptions = {
  attempts: 4,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 86_400, count: 1000 },
}

export function ocrJobId(mediaId: string | number): string {
  return `ocr-${mediaId}`
}

export function createOcrQueue(connection: Redis): Queue<OcrJobData> {
  return new Queue<OcrJobData>(OCR_QUEUE, { connection, prefix: KEY_PREFIX })
}

/**
 * The upload that adds the job commits its transaction only after its hooks, so the job waits this
 * long first; if the media is still not visible then, the job's retries cover it.
 */
export const OCR_START_DELAY_MS = 1000

/** Adds the media's job; a no-op while one waits or runs. A finished or failed one is replaced (a new upload of the same media). */
export async function addOcrJob(args: { queue: Queue<OcrJobData>; mediaId: string | number; delayMs?: number }): Promise<void> {
  const jobId = ocrJobId(args.mediaId)
  const existing = await args.queue.getJob(jobId)
  if (existing && ['completed', 'failed'].includes(await existing.getState())) await existing.remove()
  await args.queue.add('recognize', { mediaId: args.mediaId }, { ...OCR_JOB_OPTIONS, jobId, delay: args.delayMs ?? 0 })
}
