import type { Payload } from 'payload'
import { errorSummary } from '../../lib/errorSummary'
import type { Delivery } from '../payload-types'
import { DONE, later, type DeliveryStep } from './deliveryStep'
import { describeFailure } from './describeFailure'
import { loadDelivery } from './loadDelivery'
import { publishContext } from './publishContext'
import { moveDelivery, noteDelivery } from './moveDelivery'
import { recordOutcome } from './recordOutcome'
import { retryDecision } from './retryPolicy'

const MIN_POLL_RETRY_MS = 5000

/**
 * Asks the platform how a submitted post went (`processing`, or `unconfirmed` with the post's id known).
 * A check that fails transiently is simply made again later; one that cannot be made leaves the
 * delivery unconfirmed with the reason: the post was submitted, so it is never failed or re-sent here.
 */
export async function pollDelivery(args: {
  payload: Payload
  id: string | number
  attempt: number
  from?: 'processing' | 'unconfirmed'
  delivery?: Delivery
}): Promise<DeliveryStep> {
  const { payload, id } = args
  const loaded = await loadDelivery({ payload, id, delivery: args.delivery })
  if ('missing' in loaded || loaded.delivery.state !== (args.from ?? 'processing') || !loaded.publisher.checkStatus) return DONE
  try {
    const ctx = await publishContext({
      payload,
      deliveryId: id,
      accountId: loaded.account.id,
      remoteIds: loaded.remoteIds,
      prepareBodyImage: async (f) => f,
      signal: AbortSignal.timeout(60_000),
    })
    const outcome = await loaded.publisher.checkStatus({ remoteIds: loaded.remoteIds, ctx, attempt: args.attempt })
    const { pollAfterMs } = await recordOutcome({ payload, id, content: loaded.content, outcome, delivery: loaded.delivery })
    return pollAfterMs === null ? DONE : later({ afterMs: pollAfterMs, reason: 'poll' })
  } catch (error) {
    payload.logger.warn({ delivery: id, err: errorSummary(error) }, 'status check failed')
    const described = describeFailure(error, { account: loaded.account }).lastError
    const decision = retryDecision({ error, attempts: 1 })
    if (decision.retry && args.from !== 'unconfirmed') {
      await noteDelivery({ payload, id, data: { lastError: { ...described, action: '查询发布结果暂时失败，系统会继续查询。' } } })
      return later({ afterMs: Math.max(MIN_POLL_RETRY_MS, decision.afterMs), reason: 'poll' })
    }
    const action = `已提交发布，但查询结果失败：${described.action} 请到平台后台核对，已发布就粘贴链接确认。`
    const lastError = { ...described, action, retryable: false }
    // Already unconfirmed (a read-back that failed): only the note changes.
    if (args.from === 'unconfirmed') await noteDelivery({ payload, id, data: { lastError } })
    else await moveDelivery({ payload, id, event: 'lose_track', data: { lastError } })
    return DONE
  }
}
