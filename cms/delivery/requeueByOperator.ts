import type { Payload, PayloadRequest } from 'payload'
import type { DeliveryEvent } from '../workflow/delivery'
import { readRemoteIds } from './deliveryJson'
import { isPlatformId } from '../../lib/platforms'
import { relationId } from '../content'
import { moveDelivery } from './moveDelivery'
import { withoutFailedPost } from './postStep'
import { PUSH_GENERATION_KEY, pushGenerationOf } from './pushRequest'
import { startDelivery } from './startDelivery'

/**
 * An operator's retry (after checking the platform for an unconfirmed one) or release of a delivery
 * held after a pause: queued again with a fresh attempt budget, and its job started; the run resumes
 * from the recorded remote ids. False when it is no longer in a state the event moves.
 */
export async function requeueByOperator(args: {
  payload: Payload
  req?: PayloadRequest
  id: string | number
  event: Extract<DeliveryEvent, 'retry' | 'release'>
  /** The operator's public IP when known (they are the one acting now); the recorded one stays otherwise. */
  actorIp?: string | null
}): Promise<boolean> {
  const actor = args.actorIp ? { actorIp: args.actorIp } : {}
  const current = await args.payload.findByID({
    collection: 'deliveries',
    id: args.id,
    depth: 0,
    overrideAccess: true,
    req: args.req,
    disableErrors: true,
  })
  if (!current) return false
  // A push that definitely failed is sent anew: a new dedupe key, or the platform would answer with the failed send.
  // An unconfirmed one keeps its key, so a send that did reach the platform is found, never repeated.
  const newSend = args.event === 'retry' && current.mode && (current.state === 'failed' || current.state === 'needs_reauth')
  const remoteIds = readRemoteIds(current.remoteIds)
  const platform = newSend ? await accountPlatformOf({ payload: args.payload, req: args.req, account: current.account }) : null
  const kept = platform ? withoutFailedPost({ platform, remoteIds }) : remoteIds
  const generation = newSend ? { remoteIds: { ...kept, [PUSH_GENERATION_KEY]: String(pushGenerationOf(remoteIds) + 1) } } : {}
  const moved = await moveDelivery({
    payload: args.payload,
    req: args.req,
    id: args.id,
    event: args.event,
    from: current.state,
    data: { attempts: 0, ...actor, ...generation },
  })
  if (!moved) return false
  startDelivery({ payload: args.payload, id: args.id })
  return true
}

async function accountPlatformOf(args: { payload: Payload; req?: PayloadRequest; account: unknown }) {
  const id = relationId(args.account)
  if (id === null) return null
  const account = await args.payload.findByID({
    collection: 'platform-accounts',
    id,
    depth: 0,
    overrideAccess: true,
    req: args.req,
    disableErrors: true,
    select: { platform: true },
  })
  return account && isPlatformId(account.platform) ? account.platform : null
}
