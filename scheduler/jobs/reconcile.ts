import type { Payload } from 'payload'
import { deliveriesNeedingJobs, dueTimeOf, finishInterruptedMoves, settlePlanOf, type Delivery } from '../../cms/delivery'
import type { PlatformId } from '../../lib/platforms'
import { addDeliveryJob, type DeliveryQueues } from '../deliveryJobs'
import { delayedFireTime } from '../delayedFireTime'
import { deliveryJobId } from '../schedulerNames'
import { reconcileDecision, worthSettling } from './reconcileDecision'

export type ReconcileReport = { checked: number; readded: number; moved: number; followedUp: number }

/**
 * The database is the record, Redis only the trigger: every delivery that still needs the scheduler
 * (queued, sending, processing, and unconfirmed ones it can settle) gets its job back if the job is
 * missing or finished, and a scheduled job follows its calendar entry's time (reconcileDecision.ts).
 * What followed a delivery's move and a stopped process left undone is done again (moveFollowUps.ts).
 */
export async function reconcile(args: { payload: Payload; queues: DeliveryQueues }): Promise<ReconcileReport> {
  const { payload, queues } = args
  const report: ReconcileReport = { checked: 0, readded: 0, moved: 0, followedUp: await finishInterruptedMoves({ payload }) }
  for await (const { delivery, platform } of deliveriesNeedingJobs({ payload })) {
    report.checked += 1
    if (platform === null) continue
    const change = await reconcileOne({ payload, queues, delivery, platform })
    if (change === 'readded') report.readded += 1
    if (change === 'moved') report.moved += 1
  }
  if (report.readded > 0 || report.moved > 0) payload.logger.warn(report, 'reconciler repaired the schedule')
  return report
}

async function reconcileOne(args: {
  payload: Payload
  queues: DeliveryQueues
  delivery: Delivery
  platform: PlatformId
}): Promise<'readded' | 'moved' | null> {
  const { payload, delivery, platform } = args
  const queue = args.queues[platform]
  const deliveryId = delivery.id
  const job = await queue.getJob(deliveryJobId(deliveryId))
  const jobState = job ? await job.getState() : 'unknown'
  const now = Date.now()
  const dueAt = delivery.state === 'queued' ? await dueTimeOf({ payload, delivery }) : now
  const action = reconcileDecision({
    job: job ? { state: jobState, firesAt: jobState === 'delayed' ? await delayedFireTime({ queue, job }) : job.timestamp } : null,
    deliveryState: delivery.state,
    dueAt,
    now,
    worthSettling: delivery.state === 'unconfirmed' && worthSettling({ ...settlePlanOf({ delivery, platform }), now }),
  })
  switch (action.kind) {
    case 'nothing':
      return null
    case 'promote':
      await job?.promote()
      return 'moved'
    case 'move':
      await job?.changeDelay(action.delayMs)
      return 'moved'
    case 'readd': {
      const added = await addDeliveryJob({ queue, deliveryId, platform, runAt: action.runAt === null ? undefined : new Date(action.runAt) })
      return added === 'added' ? 'readded' : null
    }
  }
}
