import type { PayloadRequest } from 'payload'

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
  }
  return docs.length
}
