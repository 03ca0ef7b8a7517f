import type { Payload } from 'payload'
import { transitionDelivery } from './claimDelivery'
import { TROUBLE_STATES } from './deliveryStates'
import { startDelivery } from './startDelivery'

/**
 * An operator's retry (after checking the platform for an unconfirmed one): queued again with a fresh
 * attempt budget; the run resumes from the recorded remote ids. False when it is not in a retryable state.
 */
export async function retryDelivery(args: { payload: Payload; id: string | number }): Promise<boolean> {
  for (const from of TROUBLE_STATES) {
    const moved = await transitionDelivery({ payload: args.payload, id: args.id, from, data: { state: 'queued', attempts: 0 } })
    if (moved) {
      startDelivery(args)
      return true
    }
  }
  return false
}
