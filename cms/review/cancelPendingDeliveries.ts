import type { PayloadRequest } from 'payload'
import { cancelDelivery } from '../../scheduler/queues'
import { relationId } from './contentSnapshot'

export const PENDING_DELIVERY_STATES = ['queued'] as const

/** Deliveries of this content that have not started are cancelled (the scheduler honours it). */
export async function cancelPendingDeliveries(args: { req: PayloadRequest; collection: string; id: string | number; reason: string }): Promise<number> {
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
  for (const delivery of docs) {
    await args.req.payload.update({
      collection: 'deliveries',
      id: delivery.id,
      overrideAccess: true,
      req: args.req,
      data: { state: 'cancelled', lastError: { message: args.reason, at: new Date().toISOString() } },
    })
    const entryId = relationId(delivery.calendarEntry)
    // Its calendar slot waits for the next approval, which schedules it again.
    if (entryId !== null) await args.req.payload.update({ collection: 'calendar-entries', id: entryId, overrideAccess: true, req: args.req, data: { state: 'waiting_approval' } })
    const account = await args.req.payload.findByID({ collection: 'platform-accounts', id: relationId(delivery.account) ?? '', depth: 0, overrideAccess: true, req: args.req, disableErrors: true })
    if (account) await cancelDelivery({ deliveryId: delivery.id, platform: String(account.platform) })
  }
  return docs.length
}
