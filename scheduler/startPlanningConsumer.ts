import { Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { env } from '../lib/env'
import { errorSummary } from '../lib/errorSummary'
import { planningProcessor } from './jobs/planningProcessor'
import { createPlanningQueue, PLANNING_QUEUE, upsertFestivalReminderScheduler, type PlanningJobData } from './planningJobs'
import { KEY_PREFIX } from './schedulerNames'
import type { SchedulerTiming } from './timing'

/** The worker's planning consumer (one job at a time) and its daily job scheduler. */
export async function startPlanningConsumer(args: {
  payload: Payload
  redis: Redis
  timing: SchedulerTiming
}): Promise<{ close: () => Promise<void> }> {
  const { payload, redis } = args
  const queue = createPlanningQueue(redis)
  const worker = new Worker<PlanningJobData>(PLANNING_QUEUE, planningProcessor({ payload }), {
    connection: redis,
    prefix: KEY_PREFIX,
    concurrency: 1,
    lockDuration: args.timing.lockMs,
    stalledInterval: args.timing.stalledIntervalMs,
    maxStalledCount: 2,
  })
  worker.on('error', (error) => payload.logger.error({ err: errorSummary(error) }, 'planning worker error'))
  worker.on('failed', (job, error) => payload.logger.warn({ job: job?.id, err: errorSummary(error) }, 'planning job failed'))
  await upsertFestivalReminderScheduler({ queue, timeZone: env.APP_TIMEZONE })
  await worker.waitUntilReady()
  return {
    close: async () => {
      await worker.close()
      await queue.close()
    },
  }
}
