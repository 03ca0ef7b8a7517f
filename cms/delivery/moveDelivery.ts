import type { Payload, PayloadRequest } from 'payload'
import type { RemoteIds } from '../../publishers'
import { DELIVERY_RULES, type DeliveryEvent } from '../workflow/delivery'
import type { DeliveryState } from '../workflow/deliveryStates'
import type { DeliveryError } from './describeFailure'
import { followUpMatters, followUpMove } from './moveFollowUps'
import type { Delivery } from '../payload-types'
import { type DeliveryRow, isDeliveryRow } from './readDelivery'

export type DeliveryHandoff = { message: string; link?: string | null; package?: unknown }

/** What a move may write besides the state: the delivery's own columns, typed. */
export type DeliveryPatch = Partial<{
  remoteIds: RemoteIds
  url: string | null
  lastError: DeliveryError | null
  handoff: DeliveryHandoff | null
  attempts: number
  sentAt: string
  publishedAt: string
  actorIp: string | null
  /** A push's ids (cms/delivery/pushColumns.ts) and what its send job reported. */
  msgId: string
  msgDataId: string
  massResult: Record<string, unknown> | null
  /** A hand-off's package (cms/delivery/storedHandoffPackage.ts), written with the move to awaiting_operator. */
  package: Record<string, unknown> | null
}>

/**
 * The one writer of a delivery's state: a compare-and-set that moves it by `event` only from the
 * states the table allows (or from `from`, narrower), in a single conditional write on every adapter
 * (an UPDATE … WHERE id = ? AND state IN (…) on SQL, findOneAndUpdate on MongoDB). It returns the moved
 * delivery's row, or null when it was not in such a state (another writer got there first). It then
 * shows the move on the calendar entry and tells people about trouble, as the collection's hooks would.
 *
 * Both writes are Payload's atomic adapter update (`options.atomic`, which its own password-reset
 * reservation uses): one UPDATE … WHERE … RETURNING on SQL, where a plain `where` update would first
 * select the id, then update, then read the whole record back with its related tables. A worker moves
 * each delivery two or three times, so that was a fifth of its statements.
 *
 * A move into a state the delivery rests in marks its follow-ups pending in that same write, and they
 * clear it when done (moveFollowUps.ts): cut off in between, the reconciler finishes them.
 */
export async function moveDelivery(args: {
  payload: Payload
  req?: PayloadRequest
  id: string | number
  event: DeliveryEvent
  from?: DeliveryState
  data?: DeliveryPatch
  /** A push's 次条 rows, when the caller has them: a move to published writes their links (read otherwise). */
  bundle?: NonNullable<Delivery['bundle']>
}): Promise<DeliveryRow | null> {
  const { payload, req } = args
  const rule = DELIVERY_RULES[args.event]
  const from = args.from === undefined ? rule.from : rule.from.filter((state) => state === args.from)
  if (from.length === 0) return null
  const pending = followUpMatters(rule.to) ? { followUpPending: true } : {}
  const moved: unknown = await payload.db.updateOne({
    collection: 'deliveries',
    where: { and: [{ id: { equals: args.id } }, { state: { in: [...from] } }] },
    data: { ...args.data, ...pending, state: rule.to, updatedAt: new Date().toISOString() },
    req,
    options: { atomic: true },
  })
  if (!isDeliveryRow(moved) || moved.state !== rule.to) return null
  await followUpMove({ payload, req, row: moved, bundle: args.bundle })
  return moved
}

/**
 * Columns that are not the state (remote ids as each appears, a note on the last error), as one
 * column write that never rewrites a state another writer changed meanwhile.
 */
export async function noteDelivery(args: {
  payload: Payload
  req?: PayloadRequest
  id: string | number
  data: Omit<DeliveryPatch, 'attempts' | 'sentAt' | 'publishedAt'>
}): Promise<void> {
  await args.payload.db.updateOne({
    collection: 'deliveries',
    id: args.id,
    data: { ...args.data, updatedAt: new Date().toISOString() },
    req: args.req,
    returning: false,
  })
}
