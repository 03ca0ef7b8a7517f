import { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import { z } from 'zod'
import { KEY_PREFIX } from './schedulerNames'

/** One queue for planning's daily chores (节点 lead-time reminders), apart from the platform queues. */
export const PLANNING_QUEUE = 'planning'
export const FESTIVAL_REMINDERS_SCHEDULER_ID = 'festival-reminders-daily'
/** Every day at 09:00 in the team's zone: the owner reads it at the start of the working day. */
export const FESTIVAL_REMINDERS_PATTERN = '0 9 * * *'
export const FESTIVAL_REMINDERS_JOB = 'festival-reminders'

/** The daily job carries nothing: the run reads the festivals and the clock. */
export const planningJobDataSchema = z.object({}).strict()
export type PlanningJobData = z.infer<typeof planningJobDataSchema>

export function createPlanningQueue(connection: Redis): Queue<PlanningJobData> {
  return new Queue<PlanningJobData>(PLANNING_QUEUE, { connection, prefix: KEY_PREFIX })
}

/**
 * The daily festival reminders, at 09:00 in `timeZone` (BullMQ job scheduler: upserting again only
 * updates it, so every worker may call this at start). Two workers running the same day's job is
 * harmless: each 节点's occurrence is claimed by a compare-and-set before anyone is told.
 */
export async function upsertFestivalReminderScheduler(args: { queue: Queue<PlanningJobData>; timeZone: string }): Promise<void> {
  await args.queue.upsertJobScheduler(
    FESTIVAL_REMINDERS_SCHEDULER_ID,
    { pattern: FESTIVAL_REMINDERS_PATTERN, tz: args.timeZone },
    {
      name: FESTIVAL_REMINDERS_JOB,
      data: {},
      opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: { count: 30 }, removeOnFail: { count: 50 } },
    },
  )
}
