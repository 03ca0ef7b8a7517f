import type { Payload, PayloadRequest } from 'payload'
import type { DeliveryEvent } from '../workflow/delivery'
import { moveDelivery } from './moveDelivery'
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
  const moved = await moveDelivery({
    payload: args.payload,
    req: args.req,
    id: args.id,
    event: args.event,
    data: { attempts: 0, ...actor },
  })
  if (!moved) return false
  startDelivery({ payload: args.payload, id: args.id })
  return true
}
