import { Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import { KEY_PREFIX } from '../../scheduler/schedulerNames'

/**
 * A worker of the test's own on `queue` that fails every job it takes with `reason`, for tests that need
 * failed background jobs without the real worker. Resolves once `count` attempts have failed, with the
 * failed jobs' ids; it keeps listening (and counts as the queue's worker) until `close`.
 */
export async function failingWorker(args: {
  connection: Redis
  queue: string
  reason: string
  count?: number
}): Promise<{ failedIds: string[]; close: () => Promise<void> }> {
  const failedIds: string[] = []
  const worker = new Worker<unknown, void>(
    args.queue,
    async () => {
      throw new Error(args.reason)
    },
    { connection: args.connection, prefix: KEY_PREFIX, autorun: false },
  )
  await new Promise<void>((resolve) => {
    worker.on('failed', (job) => {
      failedIds.push(String(job?.id))
      if (failedIds.length >= (args.count ?? 1)) resolve()
    })
    void worker.run()
  })
  return { failedIds, close: () => worker.close() }
}
