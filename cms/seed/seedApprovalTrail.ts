import type { Payload } from 'payload'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import { CONTENT_SLUGS, relationId } from '../content'
import { writeReviewLog } from '../review/writeReviewLog'
import { seededRequests } from './seededRequests'
import { writtenBefore } from './writtenBefore'

type Id = string | number

/** When each item first went out: the earliest published delivery that carried it, lead or 次条. */
async function firstPostTimes(payload: Payload): Promise<Map<string, Date>> {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { state: { equals: 'published' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { content: true, bundle: true, publishedAt: true },
  })
  const first = new Map<string, Date>()
  const note = (key: string, at: Date) => {
    const known = first.get(key)
    if (!known || at < known) first.set(key, at)
  }
  for (const delivery of docs) {
    if (!delivery.publishedAt) continue
    const at = new Date(delivery.publishedAt)
    note(`${delivery.content.relationTo}:${relationId(delivery.content.value)}`, at)
    for (const row of delivery.bundle ?? []) note(`articles:${relationId(row.article)}`, at)
  }
  return first
}

/** The items whose 排期 the calendar's scheduling already logged (the demo's slots made through it), by collection:id. */
async function scheduleLogged(payload: Payload): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'review-logs',
    where: { event: { equals: 'schedule' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { docCollection: true, docId: true },
  })
  return new Set(docs.map((log) => `${log.docCollection}:${log.docId}`))
}

/**
 * The demo's approved, scheduled and published items are seeded in that state with their approval
 * pinned (pinApproval.ts); this leaves the trail the workflow would have in their review history:
 * 提交审核 by the owner, 审核通过 by the approver with the pinned revision, and for one that went out,
 * 排期 and 已发布 before and at its first post. No notifications: they would be weeks old and long read.
 * The items still waiting for review get theirs from seedReviewTrail.ts.
 */
export async function seedApprovalTrail(args: { payload: Payload; now: Date; timeZone: string }): Promise<void> {
  const { payload } = args
  const firstPosts = await firstPostTimes(payload)
  const alreadyScheduled = await scheduleLogged(payload)
  const actingAs = seededRequests(payload)
  const reqOf = async (id: Id) => (await actingAs(id)).req
  const hours = (n: number) => n * 3_600_000
  // Office hours the day before, in the team's time zone.
  const dayBefore = (at: Date, time: string) =>
    zonedToUtc({ date: addDays(zonedDate({ at, timeZone: args.timeZone }), -1), time, timeZone: args.timeZone })
  let order = 0
  for (const collection of CONTENT_SLUGS) {
    const { docs } = await payload.find({
      collection,
      where: { status: { in: ['approved', 'scheduled', 'published'] } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs) {
      const owner = relationId(doc.owner)
      const approver = relationId(doc.approvedBy)
      if (owner === null || approver === null) continue
      const title = String(doc.title ?? '')
      const firstPost = doc.status === 'published' ? (firstPosts.get(`${collection}:${doc.id}`) ?? null) : null
      // Approved the afternoon before it went out; what has not gone out yet, yesterday between 10:00 and 16:30.
      const approvedAt = firstPost
        ? dayBefore(firstPost, '16:30')
        : new Date(dayBefore(args.now, '10:00').getTime() + (order++ % 14) * hours(0.5))
      const submittedAt = new Date(approvedAt.getTime() - hours(2.5))
      const log = { payload, collection, id: doc.id, title }
      await writtenBefore({ payload, collection, id: doc.id, firstEntry: submittedAt })
      await writeReviewLog({ ...log, req: await reqOf(owner), from: 'draft', to: 'in_review', event: 'submit', at: submittedAt })
      const revision = doc.approvedVersion ?? null
      await writeReviewLog({
        ...log,
        req: await reqOf(approver),
        from: 'in_review',
        to: 'approved',
        event: 'approve',
        revision,
        at: approvedAt,
      })
      const scheduled = doc.status === 'published' || (doc.status === 'scheduled' && !alreadyScheduled.has(`${collection}:${doc.id}`))
      const scheduledAt = new Date(approvedAt.getTime() + hours(1))
      if (scheduled) await writeReviewLog({ ...log, from: 'approved', to: 'scheduled', event: 'schedule', revision, at: scheduledAt })
      if (doc.status !== 'published') continue
      await writeReviewLog({
        ...log,
        from: 'scheduled',
        to: 'published',
        event: 'published',
        revision: doc.publishedVersion ?? revision,
        at: firstPost ?? new Date(scheduledAt.getTime() + hours(3)),
      })
    }
  }
}
