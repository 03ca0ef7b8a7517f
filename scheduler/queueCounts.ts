import type { Queue } from 'bullmq'

/** A queue's jobs by the states an operator reads (completed ones are not kept for long, so not counted). */
export type QueueCounts = { active: number; waiting: number; delayed: number; failed: number }

export async function readQueueCounts<T>(queue: Queue<T>): Promise<QueueCounts> {
  const counts = await queue.getJobCounts('active', 'waiting', 'delayed', 'failed')
  return { active: counts.active ?? 0, waiting: counts.waiting ?? 0, delayed: counts.delayed ?? 0, failed: counts.failed ?? 0 }
}
