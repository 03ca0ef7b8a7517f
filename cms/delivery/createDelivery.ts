import { APIError, type Payload, type PayloadRequest } from 'payload'
import type { ContentDoc, ContentRef } from '../content'
import type { Delivery } from '../payload-types'
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
  return payload.create({
    collection: 'deliveries',
    overrideAccess: true,
    req,
    data: {
      content: { relationTo: content.relationTo, value: doc.id },
      account: args.accountId,
      calendarEntry: args.calendarEntry,
      revision,
      actorIp: args.actorIp ?? null,
      state: 'queued',
      attempts: 0,
    },
  })
}
