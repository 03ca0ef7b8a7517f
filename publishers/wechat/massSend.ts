import { OutcomeUnknownError, PublishError, QuotaExceededError, RateLimitedError, TransientError } from '../core/errors'
import type { ManualOutcome, PublishOutcome, PushRequest } from '../core/types'
import type { WechatAccountType } from './accountSchemas'
import { clientMsgIdOf } from './clientMsgId'
import { createDraft } from './draftSteps'
import type { DraftStep } from './draftSteps'
import { WECHAT_BACK_OFFICE_URL } from './config'
import { massHandOff, titlesInOrder } from './handOff'
import { wechatPollDelayMs } from './pollDelay'

/** 45028 in the account's terms: a subscription account's day, a service account's month (wechat.md §9.10). */
export function massQuotaMessage(accountType: WechatAccountType): string {
  const after = '这条图文没有发出，草稿留在公众号草稿箱。'
  return accountType === 'service'
    ? `本月群发次数已用完：服务号的每位粉丝每月最多收到 4 条群发（45028）。${after}请下个月再群发，或改为「发表不通知」。`
    : `今日群发次数已用完：订阅号每天只能成功群发 1 次（45028）。${after}请改到明天群发，或改为「发表不通知」。`
}

/**
 * WeChat checks clientmsgid against the last 24 hours only (wechat.md §9.8). A replay later than that
 * could send a second time, so past 23 hours since the first attempt (an hour of margin for clocks) a
 * person checks 群发记录 instead.
 */
const REPLAY_WINDOW_MS = 23 * 3_600_000

/** A person looks at 群发记录: the earlier attempt's answer was lost and a replay cannot settle it. */
function checkInBackOffice(step: DraftStep, why: string): ManualOutcome {
  return {
    state: 'manual',
    link: WECHAT_BACK_OFFICE_URL,
    remoteIds: step.ids.snapshot(),
    message:
      `${why}为免发两次，系统不再自动重发。请登录公众号后台 → 内容与互动 → 群发记录核对${titlesInOrder(step.request)}：` +
      `已经发出就把文章链接粘贴回来并点「确认已群发」；没有发出就到 内容管理 → 草稿箱 手动群发（草稿不在了就重新安排这次推送）。`,
  }
}

/** Errors after which the same attempt simply runs again later; the clientmsgid stays pending. */
const retriedLater = (error: PublishError): boolean =>
  error instanceof RateLimitedError || error instanceof TransientError || error instanceof OutcomeUnknownError

/**
 * images → covers → one draft/add (lead + bundle) → message/mass/sendall with a clientmsgid derived from
 * the push's dedupe key, recorded BEFORE the call (with `clientmsgidAt`, when it was first tried): a run
 * that lost the answer is replayed with the same value and WeChat answers 45065 with the existing msg_id
 * instead of sending twice. Records `msgId` and `msgDataId` as soon as they exist; the send job is then
 * polled (checkStatus) or reported by the callback.
 *
 * A replay ends only in a send id, a wait (45066, limits, outages), or a person checking: any other
 * refusal of a replay may hide an earlier send that went through (UNCERTAIN whether WeChat checks the
 * clientmsgid before the quota or the draft; if not, a sent first attempt makes the replay 45028 or 40007).
 * A refusal of a first attempt is definite: `clientmsgidAt` is cleared, so the next attempt counts afresh.
 */
export async function sendWechatMass(step: DraftStep & { push: PushRequest }): Promise<PublishOutcome> {
  const { request, client, ids, push } = step
  const draftMediaId = ids.get('draft') ?? (await createDraft(step))
  const clientMsgId = clientMsgIdOf(push.dedupeKey)
  const now = (step.ctx.now ?? Date.now)()
  const pendingSince = ids.get('clientmsgid') === clientMsgId ? Date.parse(ids.get('clientmsgidAt') ?? '') : Number.NaN
  const replaying = Number.isFinite(pendingSince)
  if (replaying && now - pendingSince > REPLAY_WINDOW_MS) {
    return checkInBackOffice(step, '上次群发请求已过去超过 23 小时仍没有结果；微信只在 24 小时内拦截重复群发，')
  }
  if (!replaying) {
    await ids.record({ key: 'clientmsgidAt', value: new Date(now).toISOString() })
    if (ids.get('clientmsgid') !== clientMsgId) await ids.record({ key: 'clientmsgid', value: clientMsgId })
  }
  let sent
  try {
    sent = await client.sendMass({ draftMediaId, tagId: push.tagId, clientMsgId })
  } catch (error) {
    if (!(error instanceof PublishError) || retriedLater(error)) throw error
    if (error.code === '48001') {
      step.ctx.logger.info({ draft: draftMediaId }, 'wechat account may not mass-send by API; handing the draft off')
      return massHandOff({ request, ids, why: '该公众号未认证，不能通过接口群发（48001），已改为仅存草稿。' })
    }
    if (replaying) {
      return checkInBackOffice(step, `上一次群发请求没有收到答复，这次重发时微信答复：${error.message}。上一次很可能已经发出，`)
    }
    await ids.record({ key: 'clientmsgidAt', value: '' })
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
