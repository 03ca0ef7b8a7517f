import { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import { z } from 'zod'
import { KEY_PREFIX } from './schedulerNames'

/** One queue for the notifications' e-mail and 企业微信 copies that the save could not send. */
export const NOTIFY_QUEUE = 'notify-outward'
export const NOTIFY_SWEEP_SCHEDULER_ID = 'notify-outward-sweep'
export const NOTIFY_SWEEP_JOB = 'sweep'

/** The sweep carries nothing: it reads the notifications and the clock. */
export const notifyJobDataSchema = z.object({}).strict()
export type NotifyJobData = z.infer<typeof notifyJobDataSchema>

export function createNotifyQueue(connection: Redis): Queue<NotifyJobData> {
  return new Queue<NotifyJobData>(NOTIFY_QUEUE, { connection, prefix: KEY_PREFIX })
}
