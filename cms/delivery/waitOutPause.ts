import type { Payload, PayloadRequest } from 'payload'
import { relationId } from '../content'
import type { Delivery } from '../payload-types'
import { readNote } from './deliveryJson'
import { DONE, later, type DeliveryStep } from './deliveryStep'
import type { DeliveryError } from './describeFailure'
import { moveDelivery, noteDelivery } from './moveDelivery'
import { LATE_AFTER_PAUSE_MS, pauseInForce, pauseMessage } from './publishingPause'

/** A paused delivery looks again this often: resuming promotes its job at once anyway. */
export const PAUSE_RECHECK_MS = 15_000

/**
 * Before a due delivery is claimed. Paused: it stays queued with a note saying why and since when,
 * and looks again later (nothing is cancelled or lost). Resumed: one the pause held back longer than
 * LATE_AFTER_PAUSE_MS is held for a person to decide (release or cancel), never sent blindly; others
 * go on. Returns the step to take instead of running, or null to run now.
 */
export async function waitOutPause(args: { payload: Payload; delivery: Delivery }): Promise<DeliveryStep | null> {
  const { payload, delivery } = args
  const id = delivery.id
  const note = readNote(delivery.lastError)
  const stoppedAt = note?.kind === 'paused' && note.at ? note.at : null
  const pause = await pauseInForce({ payload, accountId: relationId(delivery.account) ?? '' })
  if (pause) {
    await noteDelivery({
      payload,
      id,
      data: { lastError: pausedNote({ message: pauseMessage(pause), at: stoppedAt ?? new Date().toISOString() }) },
    })
    return later({ afterMs: PAUSE_RECHECK_MS, reason: 'paused' })
  }
  if (stoppedAt === null) return null
  if (Date.now() - Date.parse(stoppedAt) > LATE_AFTER_PAUSE_MS) {
    await holdLateDelivery({ payload, id, stoppedAt })
    return DONE
  }
  await noteDelivery({ payload, id, data: { lastError: null } })
  return null
}

/** queued → held: its time passed while publishing was paused; the owner and approver are told. */
export async function holdLateDelivery(args: {
  payload: Payload
  req?: PayloadRequest
  id: string | number
  stoppedAt: string
}): Promise<boolean> {
  const minutes = Math.round((Date.now() - Date.parse(args.stoppedAt)) / 60_000)
  const lastError: DeliveryError = {
    kind: 'held',
    code: null,
    message: `发布暂停期间错过了发布时间（已晚 ${minutes} 分钟），没有自动发出。`,
    action: '请确认内容现在是否仍然合适：合适就点「仍然发布」，不合适就点「取消」。',
    retryable: false,
    at: new Date().toISOString(),
  }
  return (await moveDelivery({ payload: args.payload, req: args.req, id: args.id, event: 'hold', data: { lastError } })) !== null
}

export function pausedNote(args: { message: string; at: string }): DeliveryError {
  return {
    kind: 'paused',
    code: null,
    message: args.message,
    action: `管理员恢复发布后会自动继续；暂停超过 ${LATE_AFTER_PAUSE_MS / 60_000} 分钟的，会等你决定是否仍然发布。`,
    retryable: false,
    at: args.at,
  }
}
