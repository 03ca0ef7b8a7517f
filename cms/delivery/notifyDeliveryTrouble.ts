import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { contentRefOf, relationId } from '../content'
import { readNote } from './deliveryJson'
import type { DeliveryRow } from './readDelivery'
import { notifyUser } from '../review/notifyUser'
import { DELIVERY_STATE_LABELS, TROUBLE_STATES } from '../workflow/deliveryStates'

/**
 * A delivery that has just failed, cannot be confirmed, needs re-authorisation or is held after a
 * pause leaves a notification in the admin for the content's owner and for the editor who approved
 * it: what happened, and what to do. Called by the state writer after a move into such a state.
 */
export async function notifyDeliveryTrouble(args: { payload: Payload; req?: PayloadRequest; delivery: DeliveryRow }): Promise<void> {
  const { payload, delivery } = args
  const { state } = delivery
  if (!TROUBLE_STATES.includes(state)) return
  const req = args.req ?? (await createLocalReq({}, payload))
  // The moved row does not carry the content reference (a related table on SQL): read it, on this rare path only.
  const stored = await payload.findByID({
    collection: 'deliveries',
    id: delivery.id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { content: true },
  })
  const ref = contentRefOf(stored?.content)
  if (!ref) return
  const contentId = ref.value
  const [content, account] = await Promise.all([
    payload.findByID({ collection: ref.relationTo, id: contentId, depth: 0, overrideAccess: true, req, disableErrors: true }),
    payload.findByID({
      collection: 'platform-accounts',
      id: relationId(delivery.account) ?? '',
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    }),
  ])
  if (!content) return
  const error = readNote(delivery.lastError)
  const message = [
    `「${content.title}」发布到「${account?.name ?? '平台账号'}」：${DELIVERY_STATE_LABELS[state].zh}。`,
    error?.message,
    error?.action ? `下一步：${error.action}` : null,
  ]
    .filter(Boolean)
    .join('\n')
  const kind = `delivery_${state}`
  const recipients = new Map<string, string | number>()
  for (const id of [relationId(content.owner), relationId(content.approvedBy)]) if (id !== null) recipients.set(String(id), id)
  const doc = { relationTo: ref.relationTo, value: contentId }
  for (const recipient of recipients.values()) {
    const told = await toldSinceMove({ payload, req, recipient, kind, message, movedAt: delivery.updatedAt })
    if (told === null) await notifyUser({ req, recipient, kind, message, doc })
    // Told, but perhaps not whole: the SQLite worker writes the message and then its link to the item, without a transaction.
    else if (!told.doc) await payload.db.updateOne({ collection: 'notifications', where: { id: { equals: told.id } }, data: { doc }, req })
  }
}

/**
 * The message already left for them since the move, if any: the reconciler does a move's follow-ups again
 * when its run has not cleared them after a while (moveFollowUps.ts), and that run may have got as far as
 * telling them. A later move into the same state is a new trouble and is told again.
 */
async function toldSinceMove(args: {
  payload: Payload
  req: PayloadRequest
  recipient: string | number
  kind: string
  message: string
  movedAt: string
}): Promise<{ id: string | number; doc: unknown } | null> {
  const { docs } = await args.payload.find({
    collection: 'notifications',
    where: {
      and: [
        { recipient: { equals: args.recipient } },
        { kind: { equals: args.kind } },
        { message: { equals: args.message } },
        { createdAt: { greater_than_equal: args.movedAt } },
      ],
    },
    select: { doc: true },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: args.req,
  })
  const told = docs[0]
  return told ? { id: told.id, doc: told.doc ?? null } : null
}
