import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '../review/contentSnapshot'
import { entryStateForDelivery } from './entryDecision'

/** A delivery's progress (publishing, published, failed) shows on its calendar entry. */
export const showDeliveryOnEntry: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const entryId = relationId(doc.calendarEntry)
  if (entryId === null || doc.state === previousDoc?.state) return doc
  const state = entryStateForDelivery(String(doc.state))
  if (!state) return doc
  // The entry may have been deleted since; the delivery's own record is what matters then.
  const entry = await req.payload.findByID({ collection: 'calendar-entries', id: entryId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (entry) await req.payload.update({ collection: 'calendar-entries', id: entryId, overrideAccess: true, req, data: { state } })
  return doc
}
