import type { Job, Queue } from 'bullmq'

/**
 * When a delayed job fires: its score in the queue's delayed set (BullMQ scores it fire time × 4096 +
 * a counter). `job.timestamp + job.delay` is right only until the job is delayed again: moveToDelayed
 * (a job waiting out a retry) and changeDelay (a reschedule) set the delay from now and leave the
 * timestamp at the job's creation, so a job created long ago would read as overdue.
 */
export async function delayedFireTime(args: { queue: Queue; job: Job }): Promise<number> {
  const client = await args.queue.getBackend().client
  const score = args.job.id === undefined ? null : await client.zscore(args.queue.keys.delayed, args.job.id)
  return score === null ? args.job.timestamp + (args.job.delay ?? 0) : Math.floor(Number(score) / 0x1000)
}
