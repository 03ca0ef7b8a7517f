import type { Payload, PayloadRequest } from 'payload'
import { cancelDelivery } from '../../scheduler/queues'
import { relationId } from '../content'
import { moveDelivery } from './moveDelivery'
import type { DeliveryRow } from './readDelivery'

/**
 * queued (or held) → cancelled as a compare-and-set, then its job removed: null when a run has
 * claimed it meanwhile (it is `sending`: too late to cancel; its outcome will be recorded). A
 * full-document update instead could write `cancelled` over a run in progress.
 */
export async function cancelQueuedDelivery(args: {
  payload: Payload
  req?: PayloadRequest
  id: string | number
  reason: string
}): Promise<DeliveryRow | null> {
  const { payload, req } = args
  const cancelled = await moveDelivery({
    payload,
    req,
    id: args.id,
    event: 'cancel',
    data: {
      lastError: {
        kind: 'cancelled',
        code: null,
        message: args.reason,
        action: '无需操作。',
        retryable: false,
        at: new Date().toISOString(),
      },
    },
  })
  if (!cancelled) return null
  const account = await payload.findByID({
    collection: 'platform-accounts',
    id: relationId(cancelled.account) ?? '',
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (account) await cancelDelivery({ deliveryId: cancelled.id, platform: account.platform })
  return cancelled
}
