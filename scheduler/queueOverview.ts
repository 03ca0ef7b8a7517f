import type { Job, Queue } from 'bullmq'
import type { PlatformId } from '../lib/platforms'
import { delayedFireTime } from './delayedFireTime'
import type { DeliveryQueues } from './deliveryJobs'
import type { DeliveryJobInput } from './jobData'
import { type QueueCounts, readQueueCounts } from './queueCounts'

export type QueueJobView = {
  id: string
  deliveryId: string | number | null
  state: 'active' | 'waiting' | 'delayed' | 'failed'
  /** When a delayed job fires next (ISO), or when the job was created. */
  at: string
  attemptsMade: number
  failedReason: string | null
}

export type QueueView = {
  platform: PlatformId
  name: string
  counts: QueueCounts
  /** Worker connections serving the queue: 0 means nothing will publish. */
  workers: number
  jobs: QueueJobView[]
}

const LISTED_PER_STATE = 20

/**
 * A job as the dashboard lists it. A delayed job's time is read from the delayed set, not from
 * `timestamp + delay`: a moved (rescheduled) job keeps its creation timestamp while its delay counts
 * from the move, so that sum lists it early by as long as the job had waited before the move.
 */
async function view(args: {
  queue: Queue<DeliveryJobInput>
  job: Job<DeliveryJobInput>
  state: QueueJobView['state']
}): Promise<QueueJobView> {
  const { job, state } = args
  const at = state === 'delayed' ? await delayedFireTime({ queue: args.queue, job }) : job.timestamp
  return {
    id: String(job.id),
    deliveryId: job.data?.deliveryId ?? null,
    state,
    at: new Date(at).toISOString(),
    attemptsMade: job.attemptsMade,
    failedReason: job.failedReason || null,
  }
}

async function listed(queue: Queue<DeliveryJobInput>, state: QueueJobView['state']): Promise<QueueJobView[]> {
  // Delayed jobs soonest first; the others newest first.
  const jobs = await queue.getJobs([state], 0, LISTED_PER_STATE - 1, state === 'delayed')
  return Promise.all(jobs.filter((job): job is Job<DeliveryJobInput> => Boolean(job)).map((job) => view({ queue, job, state })))
}

/** What an operator needs to see of each platform's queue: counts, whether a worker listens, and the jobs themselves. */
export async function readQueueOverview(queues: DeliveryQueues): Promise<QueueView[]> {
  return Promise.all(
    (Object.entries(queues) as [PlatformId, Queue<DeliveryJobInput>][]).map(async ([platform, queue]) => {
      const [counts, workers, ...lists] = await Promise.all([
        readQueueCounts(queue),
        queue.getWorkersCount(),
        ...(['active', 'waiting', 'delayed', 'failed'] as const).map((state) => listed(queue, state)),
      ])
      return {
        platform,
        name: queue.name,
        counts,
        workers,
        jobs: lists.flat(),
      }
    }),
  )
}
