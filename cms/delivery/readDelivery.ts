import type { Payload } from 'payload'
import { DELIVERY_STATES } from '../workflow/deliveryStates'
import type { Delivery } from '../payload-types'

/** The delivery's record as stored (depth 0), or null when there is none (deleted, or not committed yet). */
export async function readDelivery(args: { payload: Payload; id: string | number }): Promise<Delivery | null> {
  return args.payload.findByID({ collection: 'deliveries', id: args.id, depth: 0, overrideAccess: true, disableErrors: true })
}

/**
 * A delivery's own row, as an atomic adapter write answers it: without what SQL keeps in other tables
 * (the content reference, a push's 次条). Read the record for those.
 */
export type DeliveryRow = Omit<Delivery, 'content' | 'bundle'>

/** What the adapter answers to a write of a delivery row (Payload leaves it untyped) is that row, when it is one. */
export function isDeliveryRow(row: unknown): row is DeliveryRow {
  if (typeof row !== 'object' || row === null || !('id' in row) || !('state' in row)) return false
  return typeof row.state === 'string' && (DELIVERY_STATES as readonly string[]).includes(row.state)
}
