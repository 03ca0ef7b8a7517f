import type { Job } from 'bullmq'
import type { Payload } from 'payload'
import { anyPending, retryPendingOutward } from '../../cms/delivery'
import { NOTIFY_SWEEP_JOB, notifyJobDataSchema, type NotifyJobData } from '../notifyJobs'

/** The notify queue's one job: `sweep` gives every due pending e-mail or robot copy one more attempt. */
export function notifyProcessor(args: { payload: Payload }) {
  return async (job: Job<NotifyJobData>): Promise<string> => {
    if (job.name !== NOTIFY_SWEEP_JOB) throw new Error(`unknown notify job ${job.name}`)
    notifyJobDataSchema.parse(job.data)
    const retried = await retryPendingOutward({ payload: args.payload, now: new Date() })
    const stillPending = retried.filter(({ channels }) => anyPending(channels)).length
    return `retried ${retried.length}, ${stillPending} still pending`
  }
}
