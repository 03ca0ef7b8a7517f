import { DelayedError, type Job } from 'bullmq'
import { deliveryJobSchema, type DeliveryJobInput } from '../jobData'
import { advanceDelivery, type Deps } from './advanceDelivery'

/** Steps that need no wait (recovered, then run) happen in the same job run, up to this many. */
const MAX_STEPS_PER_RUN = 4

/**
 * The processor of every platform queue. A delivery keeps one job for its whole life: when it must be
 * looked at again (its time has not come, a poll, a retry) the job moves itself back to delayed,
 * so nothing ever sleeps inside a job.
 */
export function deliveryProcessor(deps: Deps): (job: Job<DeliveryJobInput>, token?: string) => Promise<void> {
  return async (job, token) => {
    let data = deliveryJobSchema.parse(job.data)
    for (let step = 0; step < MAX_STEPS_PER_RUN; step += 1) {
      const next = await advanceDelivery({ ...deps, data })
      if (next === null) return
      data = { ...data, ...next.data }
      if (next.afterMs > 0 || step === MAX_STEPS_PER_RUN - 1) {
        await job.updateData(data)
        await job.moveToDelayed(Date.now() + Math.max(next.afterMs, 1), token)
        throw new DelayedError()
      }
    }
  }
}
