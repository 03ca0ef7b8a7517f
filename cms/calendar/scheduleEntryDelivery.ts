import type { Payload, PayloadRequest } from 'payload'
import { enqueueDelivery } from '../../scheduler/queues'
import { relationId } from '../review/contentSnapshot'
import { writeReviewLog } from '../review/writeReviewLog'

type Content = { relationTo: 'articles' | 'videos' | 'posters'; value: string | number }

/**
 * An entry for approved content: a queued delivery of the pinned revision, a delayed job for its
 * time, the entry marked scheduled and the content moved to 已排期 (logged).
 */
export async function scheduleEntryDelivery(args: { payload: Payload; req?: PayloadRequest; entryId: string | number }): Promise<void> {
  const { payload, req } = args
  const entry = await payload.findByID({ collection: 'calendar-entries', id: args.entryId, depth: 0, overrideAccess: true, req })
  const content = entry.content as Content
  const contentId = relationId(content.value) ?? ''
  const doc = await payload.findByID({ collection: content.relationTo, id: contentId, depth: 0, overrideAccess: true, req })
  const account = await payload.findByID({ collection: 'platform-accounts', id: relationId(entry.account) ?? '', depth: 0, overrideAccess: true, req })
  const delivery = await payload.create({
    collection: 'deliveries',
    overrideAccess: true,
    req,
    data: { content: { relationTo: content.relationTo, value: contentId }, account: account.id, calendarEntry: entry.id, revision: String(doc.approvedVersion), state: 'queued', attempts: 0 },
  })
  await payload.update({ collection: 'calendar-entries', id: entry.id, overrideAccess: true, req, data: { state: 'scheduled' } })
  if (doc.status === 'approved') {
    await payload.db.updateOne({ collection: content.relationTo, id: contentId, data: { status: 'scheduled' }, req })
    await writeReviewLog({ payload, req, collection: content.relationTo, id: contentId, from: 'approved', to: 'scheduled', event: 'schedule', revision: String(doc.approvedVersion) })
  }
  await enqueueDelivery({ deliveryId: delivery.id, platform: String(account.platform), runAt: new Date(String(entry.publishAt)) })
}
