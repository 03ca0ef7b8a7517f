import type { WorkerOptions } from 'bullmq'

/**
 * Per platform queue: how many deliveries one worker process handles at once (they mostly wait on
 * the platform or for their turn at the database, so many), and how many jobs the
 * queue starts per second across all workers (a job start is a run, a status check or a recovery).
 * Not a platform fact, so the same for every queue: the platforms' own limits are per account and
 * endpoint, and they answer with rate-limit errors, which the delivery job waits out; these caps
 * only keep a burst from flooding a platform.
 */
export const QUEUE_LIMITS: Pick<WorkerOptions, 'concurrency' | 'limiter'> = { concurrency: 250, limiter: { max: 250, duration: 1000 } }
