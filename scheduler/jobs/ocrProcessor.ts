import type { Job, Queue } from 'bullmq'
import type { Payload } from 'payload'
import { mediaAwaitingTextRecognition, recognizeMediaText } from '../../cms/delivery'
import { addOcrJob, ocrJobInputSchema, type OcrJobData } from '../ocrJobs'

/**
 * The OCR queue's jobs: `recognize` reads one media's text (the database decides what that does);
 * `sweep` re-adds jobs for media that have waited too long (Redis was down at upload, a job was lost).
 */
export function ocrProcessor(args: { payload: Payload; queue: Queue<OcrJobData> }) {
  return async (job: Job<OcrJobData>): Promise<string> => {
    if (job.name === 'sweep') {
      const ids = await mediaAwaitingTextRecognition(args.payload)
      for (const mediaId of ids) await addOcrJob({ queue: args.queue, mediaId })
      return `swept ${ids.length}`
    }
    const { mediaId } = ocrJobInputSchema.parse(job.data)
    const outcome = await recognizeMediaText({ payload: args.payload, id: mediaId })
    args.payload.logger.info({ media: mediaId, outcome }, 'image text')
    // Thrown so BullMQ tries again later: the upload may not be committed yet, or a newer file is waiting.
    if (outcome === 'missing') throw new Error(`media ${mediaId} not found (yet)`)
    if (outcome === 'superseded') throw new Error(`media ${mediaId} was replaced while it was read`)
    return outcome
  }
}
