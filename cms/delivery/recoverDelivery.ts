import type { Payload } from 'payload'
import { readNote } from './deliveryJson'
import { DONE, later, type DeliveryStep } from './deliveryStep'
import { loadDelivery } from './loadDelivery'
import { pollDelivery } from './pollDelivery'
import { postStatus, unconfirmedPlan } from './postStep'
import { moveDelivery } from './moveDelivery'
import { interruptedError } from './settleFailure'

/**
 * A `sending` delivery whose run is gone (the worker died, its lease expired): queued again when its
 * record proves the post was not sent or already has the post's id (the next run resumes without
 * repeating a recorded step), `unconfirmed` when the post call may have been made.
 * The caller holds the delivery's lease, so no live run writes it meanwhile.
 */
export async function recoverInterruptedRun(args: { payload: Payload; id: string | number }): Promise<DeliveryStep> {
  const { payload, id } = args
  const loaded = await loadDelivery({ payload, id })
  if ('missing' in loaded) {
    await moveDelivery({ payload, id, event: 'requeue', from: 'sending' })
    return later({ afterMs: 0, reason: 'retry' })
  }
  if (loaded.delivery.state !== 'sending') return DONE
  const status = postStatus({ publisher: loaded.publisher.id, remoteIds: loaded.remoteIds })
  const mayHavePosted = status === 'maybe'
  const message = mayHavePosted
    ? '发送途中工作进程中断，发布请求可能已经到达平台。'
    : status === 'sent'
      ? '发送途中工作进程中断；平台已收到发布请求（已记录 ID），继续后续步骤。'
      : '发送途中工作进程中断；记录显示尚未发布，从已完成的步骤继续。'
  await moveDelivery({
    payload,
    id,
    event: mayHavePosted ? 'lose_track' : 'requeue',
    from: 'sending',
    data: { lastError: interruptedError({ message, mayHavePosted }) },
  })
  payload.logger.warn(
    { delivery: id, post: status },
    mayHavePosted ? 'interrupted delivery is unconfirmed' : 'interrupted delivery queued again',
  )
  return mayHavePosted ? DONE : later({ afterMs: 0, reason: 'retry' })
}

/**
 * An `unconfirmed` delivery: run again if the record proves the post was never sent, read the platform
 * back if the post's id is known and the publisher can check it; otherwise it waits for an operator.
 */
export async function settleUnconfirmed(args: { payload: Payload; id: string | number }): Promise<DeliveryStep> {
  const { payload, id } = args
  const loaded = await loadDelivery({ payload, id })
  if ('missing' in loaded || loaded.delivery.state !== 'unconfirmed') return DONE
  const plan = unconfirmedPlan({
    publisher: loaded.publisher.id,
    remoteIds: loaded.remoteIds,
    canCheckStatus: loaded.publisher.checkStatus !== undefined,
  })
  if (plan === 'requeue') {
    const message = `${readNote(loaded.delivery.lastError)?.message ?? '结果不明'}（记录显示发布步骤从未执行，已自动继续）`
    await moveDelivery({
      payload,
      id,
      event: 'requeue',
      from: 'unconfirmed',
      data: { lastError: interruptedError({ message, mayHavePosted: false }) },
    })
    return later({ afterMs: 0, reason: 'retry' })
  }
  if (plan === 'read-back') return pollDelivery({ payload, id, attempt: 0, from: 'unconfirmed' })
  return DONE
}
