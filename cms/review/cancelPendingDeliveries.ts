import type { PayloadRequest } from 'payload'
import { contentRefOf, relationId } from '../content'
import { cancelQueuedDelivery } from '../delivery/cancelQueuedDelivery'
import { notifyUser } from './notifyUser'

/** Deliveries that have not started: queued, or held after a pause. */
export const PENDING_DELIVERY_STATES = ['queued', 'held', 'awaiting_operator'] as const

/**
 * Deliveries of this content that have not started are cancelled (the scheduler honours it). An
 * article that is one of the later articles of a push (a bundle) withdraws the whole push too: its
 * slot is cancelled (the bundle must be approved again and planned anew) and the push's owner told.
 * `bundleReason`: what the withdrawn push says; by default that the article's review state changed.
 */
export async function cancelPendingDeliveries(args: {
  req: PayloadRequest
  collection: string
  id: string | number
  reason: string
  bundleReason?: string
}): Promise<number> {
  const { req } = args
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'deliveries',
    overrideAccess: true,
    req,
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
    if (!(await cancelQueuedDelivery({ payload, req, id: delivery.id, reason: args.reason }))) continue
    cancelled += 1
    const entryId = relationId(delivery.calendarEntry)
    // Its calendar slot waits for the next approval, which schedules it again.
    if (entryId !== null)
      await payload.update({ collection: 'calendar-entries', id: entryId, overrideAccess: true, req, data: { state: 'waiting_approval' } })
  }
  if (args.collection === 'articles') cancelled += await withdrawPushesContaining({ ...args })
  return cancelled
}

/** Pending pushes that carry the article after their lead: withdrawn whole, their slots cancelled, their owners told. */
async function withdrawPushesContaining(args: { req: PayloadRequest; id: string | number; bundleReason?: string }): Promise<number> {
  const { req } = args
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'deliveries',
    overrideAccess: true,
    req,
    depth: 0,
    pagination: false,
    where: { and: [{ 'bundle.article': { equals: args.id } }, { state: { in: [...PENDING_DELIVERY_STATES] } }] },
  })
  if (docs.length === 0) return 0
  const article = await payload.findByID({ collection: 'articles', id: args.id, depth: 0, overrideAccess: true, req, disableErrors: true })
  const title = `《${article?.title ?? args.id}》`
  const reason = args.bundleReason ?? `${title}的审核状态已改变，整条群发已撤回，需重新审核后再排期。`
  let withdrawn = 0
  for (const delivery of docs) {
    if (!(await cancelQueuedDelivery({ payload, req, id: delivery.id, reason }))) continue
    withdrawn += 1
    const entryId = relationId(delivery.calendarEntry)
    if (entryId !== null)
      await payload.update({ collection: 'calendar-entries', id: entryId, overrideAccess: true, req, data: { state: 'cancelled' } })
    const lead = contentRefOf(delivery.content)
    const leadDoc = lead
      ? await payload.findByID({ collection: lead.relationTo, id: lead.value, depth: 0, overrideAccess: true, req, disableErrors: true })
      : null
    if (!lead || !leadDoc) continue
    const recipients = new Map<string, string | number>()
    for (const id of [relationId(leadDoc.owner), relationId(leadDoc.approvedBy)]) if (id !== null) recipients.set(String(id), id)
    for (const recipient of recipients.values())
      await notifyUser({
        req,
        recipient,
        kind: 'push_withdrawn',
        message: `以《${leadDoc.title}》为头条的多图文推送已撤回：${reason}`,
        doc: lead,
      })
  }
  return withdrawn
}
