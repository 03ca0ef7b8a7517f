import type { Payload, PayloadRequest } from 'payload'
import { createDelivery } from '../delivery/createDelivery'
import { applySystemTransition } from '../review/applySystemTransition'
import { relationId } from '../content'
import { APPROVED_STATES } from '../workflow/reviewStates'
import { bundleIdsOf } from './checkEntryPush'
import { enqueueOrHold } from './deferredDeliveryJobs'

/**
 * An entry for approved content: a queued delivery of the pinned revision, a delayed job for its
 * time, the entry marked scheduled and the content moved to 已排期 (logged).
 */
export async function scheduleEntryDelivery(args: { payload: Payload; req?: PayloadRequest; entryId: string | number }): Promise<void> {
  const { payload, req } = args
  const entry = await payload.findByID({ collection: 'calendar-entries', id: args.entryId, depth: 0, overrideAccess: true, req })
  const { content } = entry
  // A slot held by a 选题 waits for "start writing" to give it content.
  if (!content) return
  const contentId = relationId(content.value) ?? ''
  const doc = await payload.findByID({ collection: content.relationTo, id: contentId, depth: 0, overrideAccess: true, req })
  // A push goes out only when its lead and every later article hold an approval; until then the slot waits.
  if (!APPROVED_STATES.includes(doc.status) || !(await allApproved({ payload, req, ids: bundleIdsOf(entry.bundle) }))) {
    await payload.update({ collection: 'calendar-entries', id: entry.id, overrideAccess: true, req, data: { state: 'waiting_approval' } })
    return
  }
  const account = await payload.findByID({
    collection: 'platform-accounts',
    id: relationId(entry.account) ?? '',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const delivery = await createDelivery({
    payload,
    req,
    content: { relationTo: content.relationTo, value: contentId },
    accountId: account.id,
    calendarEntry: entry.id,
    actorIp: entry.actorIp ?? null,
    bundle: bundleIdsOf(entry.bundle),
    mode: entry.mode,
    tagId: entry.tagId,
    titleVariant: entry.titleVariant,
  })
  await payload.update({ collection: 'calendar-entries', id: entry.id, overrideAccess: true, req, data: { state: 'scheduled' } })
  // 已定稿 → 已排期 (the table's system event), in the document and what the admin reads, logged; other states stay.
  await applySystemTransition({
    payload,
    req,
    collection: content.relationTo,
    id: contentId,
    event: 'schedule',
    revision: String(doc.approvedVersion),
  })
  // The bundle's articles are on the calendar too.
  for (const item of delivery.bundle ?? []) {
    await applySystemTransition({
      payload,
      req,
      collection: 'articles',
      id: relationId(item.article) ?? '',
      event: 'schedule',
      revision: item.revision,
    })
  }
  await enqueueOrHold({ req, job: { deliveryId: delivery.id, platform: account.platform, runAt: new Date(entry.publishAt) } })
}

async function allApproved(args: { payload: Payload; req?: PayloadRequest; ids: readonly string[] }): Promise<boolean> {
  for (const id of args.ids) {
    const article = await args.payload.findByID({
      collection: 'articles',
      id,
      depth: 0,
      overrideAccess: true,
      req: args.req,
      disableErrors: true,
    })
    if (!article || !APPROVED_STATES.includes(article.status)) return false
  }
  return true
}
