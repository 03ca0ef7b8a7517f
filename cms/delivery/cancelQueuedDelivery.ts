import type { Payload } from 'payload'
import { transitionDelivery } from './claimDelivery'

/**
 * queued → cancelled as a compare-and-set: false when a run has claimed it meanwhile (it is
 * `sending`: too late to cancel; its outcome will be recorded). A full-document update instead could
 * write `cancelled` over a run in progress. Call the scheduler's cancelDelivery after it.
 */
export async function cancelQueuedDelivery(args: { payload: Payload; id: string | number; reason: string }): Promise<boolean> {
  const cancelled = await transitionDelivery({
    payload: args.payload,
    id: args.id,
    from: 'queued',
    data: { state: 'cancelled', lastError: { kind: 'cancelled', code: null, message: args.reason, action: '无需操作。', retryable: false, at: new Date().toISOString() } },
  })
  return cancelled !== null
}
