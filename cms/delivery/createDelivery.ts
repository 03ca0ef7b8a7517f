import { APIError, type Payload, type PayloadRequest } from 'payload'
import type { ContentDoc, ContentRef } from '../content'
import type { Delivery } from '../payload-types'
import { isPlatformId, platformProfile } from '../../lib/platforms'
import { effectivePushMode } from '../calendar/pushPlan'
import { readSettings } from './deliveryJson'
import { APPROVED_STATES, REVIEW_STATE_LABELS } from '../workflow/reviewStates'

/** The pinned approved revision of content that holds an approval, or a 400 saying what it is now. */
export function approvedRevisionOf(doc: Pick<ContentDoc, 'title' | 'status' | 'approvedVersion'>): string {
  if (!APPROVED_STATES.includes(doc.status) || !doc.approvedVersion) {
    throw new APIError(`《${doc.title}》当前是「${REVIEW_STATE_LABELS[doc.status].zh}」，审核通过（定稿）后才能发布。`, 400, null, true)
  }
  return doc.approvedVersion
}

/**
 * The one door to a new delivery (publish now, the calendar): the content must hold an approval and
 * the delivery is of its pinned approved revision, nothing else. The collection's own create is
 * closed to every role; this is server code and writes past it. `actorIp`: the public IP of whoever
 * scheduled or pressed publish (platforms such as Weibo require it).
 */
export async function createDelivery(args: {
  payload: Payload
  req?: PayloadRequest
  content: ContentRef
  accountId: string | number
  calendarEntry?: string | number
  actorIp?: string | null
  /** Articles 2..n of a push (the slot's bundle), in order; each is pinned at its own approved revision. */
  bundle?: readonly (string | number)[]
  /** The slot's push mode (empty: the account's default, else the platform's first) and follower tag. */
  mode?: string | null
  tagId?: string | null
  /** The title the slot sends (title tests; empty = title 1): checked against the pinned revision by the worker. */
  titleVariant?: number | null
}): Promise<Delivery> {
  const { payload, req, content } = args
  const doc = await payload.findByID({
    collection: content.relationTo,
    id: content.value,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!doc) throw new APIError('要发布的内容不存在。', 404, null, true)
  const revision = approvedRevisionOf(doc)
  const bundle = []
  for (const id of args.bundle ?? []) {
    const article = await payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!article) throw new APIError(`次条中的文章（ID ${id}）不存在：请从排期的「次条」中删掉它。`, 404, null, true)
    bundle.push({ article: article.id, revision: approvedRevisionOf(article) })
  }
  const account = await payload.findByID({
    collection: 'platform-accounts',
    id: args.accountId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const push = account && isPlatformId(account.platform) ? platformProfile(account.platform).push : undefined
  const mode = effectivePushMode({ push, entryMode: args.mode, settings: readSettings(account?.settings) })
  return payload.create({
    collection: 'deliveries',
    overrideAccess: true,
    req,
    data: {
      content: { relationTo: content.relationTo, value: doc.id },
      title: doc.title,
      account: args.accountId,
      calendarEntry: args.calendarEntry,
      revision,
      bundle,
      mode,
      tagId: mode === 'mass' ? args.tagId || null : null,
      titleVariant: args.titleVariant ?? null,
      actorIp: args.actorIp ?? null,
      state: 'queued',
      attempts: 0,
    },
  })
}
