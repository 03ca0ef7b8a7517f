import type { Payload } from 'payload'
import { relationId } from '../content'
import type { Delivery } from '../payload-types'

/**
 * When a queued delivery is due: its calendar entry's publishAt (the record of the time, whatever a
 * job was told), or now for a delivery without one ("publish now").
 */
export async function dueTimeOf(args: { payload: Payload; delivery: Pick<Delivery, 'calendarEntry'> }): Promise<number> {
  const entryId = relationId(args.delivery.calendarEntry)
  if (entryId === null) return Date.now()
  const entry = await args.payload.findByID({
    collection: 'calendar-entries',
    id: entryId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const at = entry ? Date.parse(entry.publishAt) : Number.NaN
  return Number.isFinite(at) ? at : Date.now()
}
