import type { WorkerOptions } from 'bullmq'
import type { PlatformId } from '../lib/platforms'

/**
 * Per platform queue: how many deliveries one worker process handles at once, and how many jobs the
 * queue starts per second across all workers (a job start is a run, a status check or a recovery).
 * Data, sized for the platforms' per-minute limits; a burst beyond them simply waits its turn.
 */
export const PLATFORM_LIMITS: Record<PlatformId, Pick<WorkerOptions, 'concurrency' | 'limiter'>> = {
  wechat: { concurrency: 16, limiter: { max: 50, duration: 1000 } },
  weibo: { concurrency: 16, limiter: { max: 50, duration: 1000 } },
  toutiao: { concurrency: 8, limiter: { max: 20, duration: 1000 } },
}
