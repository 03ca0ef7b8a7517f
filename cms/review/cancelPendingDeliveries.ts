import type { PayloadRequest } from 'payload'
import { relationId } from '../content'
import { cancelQueuedDelivery } from '../delivery/cancelQueuedDelivery'

/** Deliveries that have not started: queued, or held after a pause. */
export const PENDING_DELIVERY_STATES = ['queued', 'held'] as const

/** Deliveries of this content that have not started are cancelled (the scheduler honours it). */
export async function cancelPendingDeliveries(args: {
  req: PayloadRequest
  collection: string
  id: string | number
  reason: string
}): Promise<number> {
  const { docs } = await args.req.payload.find({
    collection: 'deliveries',
    overrideAccess: true,
    req: args.req,
    depth: 0,
    pagination: false,
    where: {
      and: [
        { 'content.relationTo': { equals: args.collection } },
        { 'content.value': { equals: args.id } },
        { state: { in: [...PENDING_DELIVERY_STATES] } },
      ],
    },
  })
  let cancelled = 0
  for (const delivery of docs) {
    // A compare-and-set: one a run claimed meanwhile is left to finish (its outcome is recorded).
    if (!(await cancelQueuedDelivery({ payload: args.req.payload, req: args.req, id: delivery.id, reason: args.reason }))) continue
    cancelled += 1
    const entryId = relationId(delivery.calendarEntry)
    // Its calendar slot waits for the next approval, which schedules it again.
    if (entryId !== null)
      await args.req.payload.update({
        collection: 'calendar-entries',
        id: entryId,
        overrideAccess: true,
        req: args.req,
        data: { state: 'waiting_approval' },
      })
  }
  return cancelled
}
