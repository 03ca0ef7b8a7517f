import { PublishError, QuotaExceededError } from '../core/errors'
import type { PublishOutcome, PushRequest } from '../core/types'
import type { WechatAccountType } from './accountSchemas'
import { clientMsgIdOf } from './clientMsgId'
import { createDraft } from './draftSteps'
import type { DraftStep } from './draftSteps'
import { massHandOff } from './handOff'
import { wechatPollDelayMs } from './pollDelay'

/** 45028 in the account's terms: a subscription account's day, a service account's month (wechat.md §9.10). */
export function massQuotaMessage(accountType: WechatAccountType): string {
  const after = '这条图文没有发出，草稿留在公众号草稿箱。'
  return accountType === 'service'
    ? `本月群发次数已用完：服务号的每位粉丝每月最多收到 4 条群发（45028）。${after}请下个月再群发，或改为「发表不通知」。`
    : `今日群发次数已用完：订阅号每天只能成功群发 1 次（45028）。${after}请改到明天群发，或改为「发表不通知」。`
}

/**
 * images → covers → one draft/add (lead + bundle) → message/mass/sendall with a clientmsgid derived from
 * the push's dedupe key, recorded BEFORE the call: a run that lost the answer is replayed with the same
 * value and WeChat answers 45065 with the existing msg_id instead of sending twice. Records `msgId` and
 * `msgDataId` as soon as they exist; the send job is then polled (checkStatus) or reported by the callback.
 */
export async function sendWechatMass(step: DraftStep & { push: PushRequest }): Promise<PublishOutcome> {
  const { request, client, ids, push } = step
  const draftMediaId = ids.get('draft') ?? (await createDraft(step))
  const clientMsgId = clientMsgIdOf(push.dedupeKey)
  if (ids.get('clientmsgid') !== clientMsgId) await ids.record({ key: 'clientmsgid', value: clientMsgId })
  let sent
  try {
    sent = await client.sendMass({ draftMediaId, tagId: push.tagId, clientMsgId })
  } catch (error) {
    if (!(error instanceof PublishError)) throw error
    if (error.code === '48001') {
      step.ctx.logger.info({ draft: draftMediaId }, 'wechat account may not mass-send by API; handing the draft off')
      return massHandOff({ request, ids, why: '该公众号未认证，不能通过接口群发（48001），已改为仅存草稿。' })
    }
    if (error.code === '45028') {
      throw new QuotaExceededError({
        message: massQuotaMessage(request.settings.accountType),
        platform: 'wechat',
        code: error.code,
        platformMessage: error.platformMessage,
        cause: error,
      })
    }
    throw error
  }
  await ids.record({ key: 'msgId', value: sent.msgId })
  if (sent.msgDataId !== undefined) await ids.record({ key: 'msgDataId', value: sent.msgDataId })
  return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: wechatPollDelayMs(0) }
}
