import { APIError, type Payload, type PayloadRequest } from 'payload'
import { APPROVED_STATES, REVIEW_STATE_LABELS, type ReviewState } from '../workflow/reviewStates'

type ContentRef = { relationTo: 'articles' | 'videos' | 'posters'; value: string | number }

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
}): Promise<Record<string, unknown> & { id: string | number }> {
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
  const state = doc.status as ReviewState
  if (!APPROVED_STATES.includes(state) || !doc.approvedVersion) {
    throw new APIError(
      `《${String(doc.title)}》当前是「${REVIEW_STATE_LABELS[state]?.zh ?? state}」，审核通过（定稿）后才能发布。`,
      400,
      null,
      true,
    )
  }
  return payload.create({
    collection: 'deliveries',
    overrideAccess: true,
    req,
    data: {
      content: { relationTo: content.relationTo, value: doc.id },
      account: args.accountId,
      calendarEntry: args.calendarEntry,
      revision: String(doc.approvedVersion),
      actorIp: args.actorIp ?? null,
      state: 'queued',
      attempts: 0,
    },
  })
}
