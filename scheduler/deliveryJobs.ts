import { Queue, type JobsOptions } from 'bullmq'
import type { Redis } from 'ioredis'
import { PLATFORMS, type PlatformId } from '../lib/platforms'
import type { DeliveryJobInput } from './jobData'
import { deliveryJobId, deliveryQueueName, KEY_PREFIX } from './schedulerNames'

export type DeliveryQueues = Record<PlatformId, Queue<DeliveryJobInput>>

/**
 * Retries here are for our own infrastructure (a database hiccup); platform errors are retried by the
 * delivery job itself, with the attempts recorded on the delivery. Failed jobs stay a week for the dashboard.
 */
export const DELIVERY_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 86_400, count: 1000 },
}

export function createDeliveryQueues(connection: Redis): DeliveryQueues {
  const entries = PLATFORMS.map(
    (platform) => [platform, new Queue<DeliveryJobInput>(deliveryQueueName(platform), { connection, prefix: KEY_PREFIX })] as const,
  )
  return Object.fromEntries(entries) as DeliveryQueues
}

export async function closeDeliveryQueues(queues: DeliveryQueues): Promise<void> {
  await Promise.all(Object.values(queues).map((queue) => queue.close()))
}

const delayUntil = (runAt: Date | undefined): number => (runAt ? Math.max(0, runAt.getTime() - Date.now()) : 0)

/** How long an add waits for the delivery's previous job to finish its run (see addDeliveryJob). */
const FINISHING_JOB_WAIT_MS = 2000
const FINISHING_JOB_POLL_MS = 50
const FINISHED_STATES: readonly string[] = ['completed', 'failed']

/**
 * Gives the delivery a job: `added`; `pending` when it already has one waiting to run (that run reads
 * the delivery's state from the database); `running` when its previous job was still running after
 * FINISHING_JOB_WAIT_MS (the reconciler adds the job later). BullMQ ignores an add while a job with
 * the same id exists, so a finished job (a failed one is kept a week) is removed first, and a running
 * one is waited for: an operator's retry lands while the run that just failed is still finishing.
 */
export async function addDeliveryJob(args: {
  queue: Queue<DeliveryJobInput>
  deliveryId: string | number
  platform: PlatformId
  runAt?: Date
}): Promise<'added' | 'pending' | 'running'> {
  const jobId = deliveryJobId(args.deliveryId)
  const deadline = Date.now() + FINISHING_JOB_WAIT_MS
  for (;;) {
    const state = await args.queue.getJobState(jobId)
    if (state === 'active') {
      if (Date.now() >= deadline) return 'running'
      await new Promise((resolve) => setTimeout(resolve, FINISHING_JOB_POLL_MS))
      continue
    }
    // A job that started meanwhile is not removed (BullMQ leaves a locked job), and the add below is a no-op.
    if (FINISHED_STATES.includes(state)) await args.queue.remove(jobId)
    else if (state !== 'unknown') return 'pending'
    const data: DeliveryJobInput = { deliveryId: args.deliveryId, platform: args.platform, runAt: args.runAt?.toISOString(), polls: 0 }
    await args.queue.add('deliver', data, { ...DELIVERY_JOB_OPTIONS, jobId, delay: delayUntil(args.runAt) })
    return 'added'
  }
}

/** Removes a job that has not started; a running job is left alone (the delivery's state in the database decides). */
export async function removeDeliveryJob(args: {
  queue: Queue<DeliveryJobInput>
  deliveryId: string | number
}): Promise<'removed' | 'absent' | 'running'> {
  const job = await args.queue.getJob(deliveryJobId(args.deliveryId))
  if (!job) return 'absent'
  if ((await job.getState()) === 'active') return 'running'
  try {
    await job.remove()
    return 'removed'
  } catch {
    // It became active between the two calls.
    return 'running'
  }
}

/** Moves a waiting job to `runAt` (or adds one); a running job is left alone. */
export async function moveDeliveryJob(args: {
  queue: Queue<DeliveryJobInput>
  deliveryId: string | number
  platform: PlatformId
  runAt: Date
}): Promise<void> {
  const job = await args.queue.getJob(deliveryJobId(args.deliveryId))
  const state = job ? await job.getState() : 'unknown'
  if (job && state === 'active') return
  if (job && state === 'delayed') {
    await job.updateData({ ...job.data, runAt: args.runAt.toISOString() })
    const delay = delayUntil(args.runAt)
    if (delay > 0) await job.changeDelay(delay)
    else await job.promote()
    return
  }
  if (job) await removeDeliveryJob({ queue: args.queue, deliveryId: args.deliveryId })
  await addDeliveryJob(args)
}
