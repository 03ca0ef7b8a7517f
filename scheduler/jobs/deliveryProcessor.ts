import { DelayedError, type Job } from 'bullmq'
import { deliveryJobSchema, type DeliveryJobInput } from '../jobData'
import { advanceDelivery, type Deps } from './advanceDelivery'
import { MAX_STEPS_PER_RUN, stepLoopDecision } from './stepLoop'

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
      const action = stepLoopDecision({ next, step })
      if (action.kind === 'finish' || next === null) return
      data = { ...data, ...next.data }
      if (action.kind === 'delay') {
        await job.updateData(data)
        await job.moveToDelayed(Date.now() + action.afterMs, token)
        throw new DelayedError()
      }
    }
  }
}
