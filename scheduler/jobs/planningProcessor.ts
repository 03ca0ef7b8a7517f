import type { Job } from 'bullmq'
import type { Payload } from 'payload'
import { sendFestivalReminders } from '../../cms/delivery'
import { FESTIVAL_REMINDERS_JOB, planningJobDataSchema, type PlanningJobData } from '../planningJobs'

/** The planning queue's jobs: `festival-reminders` tells owners whose 节点's lead time opened today. */
export function planningProcessor(args: { payload: Payload; now?: () => Date }) {
  const now = args.now ?? (() => new Date())
  return async (job: Job<PlanningJobData>): Promise<string> => {
    if (job.name !== FESTIVAL_REMINDERS_JOB) throw new Error(`unknown planning job ${job.name}`)
    planningJobDataSchema.parse(job.data)
    const sent = await sendFestivalReminders({ payload: args.payload, now: now() })
    return sent.length === 0 ? 'no lead time opened' : `reminded ${sent.map((s) => `${s.name} ${s.date}`).join(', ')}`
  }
}
