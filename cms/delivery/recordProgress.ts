import type { Payload } from 'payload'
import { entryStateForDelivery } from '../calendar/entryDecision'
import { relationId } from '../review/contentSnapshot'

/**
 * The success path (`processing`, `published`) as plain column writes: the delivery's own columns,
 * then its calendar entry's state (what the calendar's delivery hook would set). A full collection
 * update costs a dozen statements (validation of every relationship, document locks, relations
 * rewritten) and a worker records hundreds of these in a burst. Failures, rare and meant to be loud,
 * go through the collection with its hooks (updateDelivery).
 */
export async function recordProgress(args: {
  payload: Payload
  id: string | number
  data: Record<string, unknown>
  calendarEntry?: unknown
}): Promise<void> {
  const { payload } = args
  const updatedAt = new Date().toISOString()
  const known = args.calendarEntry !== undefined
  const delivery = (await payload.db.updateOne({
    collection: 'deliveries',
    id: args.id,
    data: { ...args.data, updatedAt },
    returning: !known,
  })) as unknown as Record<string, unknown> | null
  const entryId = relationId(known ? args.calendarEntry : delivery?.calendarEntry)
  const entryState = entryStateForDelivery(String(args.data.state))
  if (entryId !== null && entryState !== null) {
    await payload.db.updateOne({ collection: 'calendar-entries', id: entryId, data: { state: entryState, updatedAt }, returning: false })
  }
}
