import type { Payload } from 'payload'
import { errorSummary } from '../../lib/errorSummary'
import { PublishError, type PublisherId } from '../../publishers'
import { readRemoteIds } from './deliveryJson'
import { later, DONE, type DeliveryStep } from './deliveryStep'
import { describeFailure, type DeliveryError, type FailedAccount } from './describeFailure'
import { postStatus } from './postStep'
import { eventForFailureState } from '../workflow/delivery'
import { moveDelivery } from './moveDelivery'
import { MAX_ATTEMPTS, retryDecision } from './retryPolicy'

/** What a run that stopped for a reason of ours (not the platform's answer) left behind. */
export function interruptedError(args: { message: string; mayHavePosted: boolean }): DeliveryError {
  return {
    kind: 'interrupted',
    code: null,
    message: args.message,
    action: args.mayHavePosted
      ? '发布请求可能已经到达平台：请先到平台后台核对。已发出就粘贴链接「确认已发布」；确认没有发出再点重试。切勿直接重发。'
      : '记录显示还没有发布：系统会从已完成的步骤继续，无需操作。',
    retryable: !args.mayHavePosted,
    // A post that may be on the platform is checked there; one proven unsent was our own interruption.
    fixAt: args.mayHavePosted ? 'platform' : 'system',
    at: new Date().toISOString(),
  }
}

/**
 * Records a failed attempt of a run that called the publisher. Retryable errors put the delivery back
 * in the queue (its remote ids kept, so the next run resumes) and say when; others get their final
 * state with the next step. An error that is not the platform's (a crash of ours mid-flow) is handled
 * like an interrupted run: unconfirmed if the post may have been sent, otherwise retried.
 */
export async function settleFailure(args: {
  payload: Payload
  id: string | number
  error: unknown
  attempts: number
  publisher: PublisherId
  account?: FailedAccount
}): Promise<DeliveryStep> {
  const { payload, id, error, attempts } = args
  if (!(error instanceof PublishError)) {
    const current = await payload.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })
    const remoteIds = readRemoteIds(current.remoteIds)
    const mayHavePosted = postStatus({ publisher: args.publisher, remoteIds }) === 'maybe'
    // Shown to the operator: what failed and why, without a failed statement's values.
    const message = `发布途中出错：${errorSummary(error)}`
    if (mayHavePosted) {
      await moveDelivery({ payload, id, event: 'lose_track', data: { lastError: interruptedError({ message, mayHavePosted }) } })
      return DONE
    }
    if (attempts >= MAX_ATTEMPTS) return finalFailure({ payload, id, error, account: args.account })
    const afterMs = Math.min(60_000, 2000 * 2 ** (attempts - 1))
    await moveDelivery({ payload, id, event: 'requeue', data: { lastError: interruptedError({ message, mayHavePosted }) } })
    return later({ afterMs, reason: 'retry' })
  }
  const decision = retryDecision({ error, attempts })
  if (!decision.retry) return finalFailure({ payload, id, error, account: args.account })
  const described = describeFailure(error, { account: args.account }).lastError
  const seconds = Math.ceil(decision.afterMs / 1000)
  const counted = decision.spendsAttempt ? `（第 ${attempts}/${MAX_ATTEMPTS} 次）` : '（限流等待不计入重试次数）'
  await moveDelivery({
    payload,
    id,
    event: 'requeue',
    data: {
      attempts: decision.spendsAttempt ? attempts : attempts - 1,
      lastError: { ...described, action: `${described.action} 系统将在 ${seconds} 秒后自动重试${counted}。` },
    },
  })
  return later({ afterMs: decision.afterMs, reason: 'retry' })
}

async function finalFailure(args: {
  payload: Payload
  id: string | number
  error: unknown
  account?: FailedAccount
}): Promise<DeliveryStep> {
  const { state, lastError } = describeFailure(args.error, { account: args.account })
  await moveDelivery({ payload: args.payload, id: args.id, event: eventForFailureState(state), data: { lastError } })
  // An unknown outcome is looked at once more at once: the record may prove the post was never sent.
  return state === 'unconfirmed' ? later({ afterMs: 0, reason: 'settle' }) : DONE
}
