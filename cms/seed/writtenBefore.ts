import type { Payload } from 'payload'
import type { ContentSlug } from '../content'

/**
 * Dates a demo item's creation a day before its review trail's first entry: an item's 审核记录 shows
 * only entries from its creation on (cms/review/reviewInfoEndpoint.ts: SQLite hands a deleted item's
 * id to the next one), and a trail seeded in the past would otherwise be hidden from it.
 */
export async function writtenBefore(args: {
  payload: Payload
  collection: ContentSlug
  id: string | number
  firstEntry: Date
}): Promise<void> {
  const createdAt = new Date(args.firstEntry.getTime() - 26 * 3_600_000).toISOString()
  await args.payload.db.updateOne({ collection: args.collection, id: args.id, data: { createdAt } })
}
