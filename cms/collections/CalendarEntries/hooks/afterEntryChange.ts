import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { rescheduleDelivery } from '../../../../scheduler/queues'
import { cancelQueuedDelivery } from '../../../delivery/cancelQueuedDelivery'
import { noteDelivery } from '../../../delivery/moveDelivery'
import { scheduleEntryDelivery } from '../../../calendar/scheduleEntryDelivery'
import { relationId } from '../../../content'
import type { CalendarEntry } from '../../../payload-types'

/** After an entry is created or moved: make, move or replace its delivery and job. */
export const afterEntryChange: CollectionAfterChangeHook<CalendarEntry> = async ({ doc, operation, previousDoc, req }) => {
  const plan = req.context.entryPlan
  if (!plan) return doc
  delete req.context.entryPlan
  const pushChanged = req.context.entryPushChanged === true
  delete req.context.entryPushChanged
  // A batch checking its slots writes each one in a transaction it rolls back: nothing to schedule.
  if (req.context.entryCheckOnly === true) return doc
  const existing = await queuedDeliveryOf({ req, entryId: doc.id })
  const sameAccount = previousDoc && String(relationId(previousDoc.account)) === String(relationId(doc.account))
  if (existing && operation === 'update' && sameAccount && !pushChanged && plan === 'schedule') {
    await rescheduleDelivery({ deliveryId: existing.id, platform: existing.platform, runAt: new Date(doc.publishAt) })
    // Whoever moved the slot is the one acting now (Weibo's rip). `doc` went through read access, where the IP is admin-only.
    const stored = await req.payload.findByID({ collection: 'calendar-entries', id: doc.id, depth: 0, overrideAccess: true, req })
    await noteDelivery({
      payload: req.payload,
      req,
      id: existing.id,
      data: { actorIp: stored.actorIp ?? null },
    })
    return doc
  }
  if (existing) await cancelEntryDelivery({ req, delivery: existing, reason: '排期已修改' })
  if (plan === 'schedule') await scheduleEntryDelivery({ payload: req.payload, req, entryId: doc.id })
  return doc
}

/** Deleting an entry cancels its delivery that has not started (before the delete unlinks it). */
export const cancelOnEntryDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const existing = await queuedDeliveryOf({ req, entryId: id })
  if (existing) await cancelEntryDelivery({ req, delivery: existing, reason: '排期已删除' })
}

type Queued = { id: string | number; platform: string }
type Req = PayloadRequest

async function queuedDeliveryOf(args: { req: Req; entryId: string | number }): Promise<Queued | null> {
  const { docs } = await args.req.payload.find({
    collection: 'deliveries',
    overrideAccess: true,
    req: args.req,
    depth: 1,
    limit: 1,
    where: { and: [{ calendarEntry: { equals: args.entryId } }, { state: { in: ['queued', 'held'] } }] },
  })
  const delivery = docs[0]
  if (!delivery) return null
  // depth 1: the account comes populated (null once it is deleted).
  const account: typeof delivery.account | null = delivery.account
  return { id: delivery.id, platform: account && typeof account === 'object' ? account.platform : '' }
}

async function cancelEntryDelivery(args: { req: Req; delivery: Queued; reason: string }): Promise<void> {
  await cancelQueuedDelivery({ payload: args.req.payload, req: args.req, id: args.delivery.id, reason: args.reason })
}
