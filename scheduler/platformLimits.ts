import type { WorkerOptions } from 'bullmq'
import type { PlatformId } from '../lib/platforms'

/**
 * Per platform queue: how many deliveries one worker process handles at once (they mostly wait on
 * the platform or for their turn at the database, so many), and how many jobs the
 * queue starts per second across all workers (a job start is a run, a status check or a recovery).
 * Data. The platforms' own limits are per account and endpoint: they answer with rate-limit errors,
 * which the delivery job waits out; these caps only keep a burst from flooding a platform.
 */
export const PLATFORM_LIMITS: Record<PlatformId, Pick<WorkerOptions, 'concurrency' | 'limiter'>> = {
  wechat: { concurrency: 250, limiter: { max: 250, duration: 1000 } },
  weibo: { concurrency: 250, limiter: { max: 250, duration: 1000 } },
  toutiao: { concurrency: 250, limiter: { max: 250, duration: 1000 } },
}
