import { ConfigError, PublishError, QuotaExceededError } from '../core/errors'
import { msUntilNextBeijingMidnight } from '../core/errorTable'
import { assertNoBlockingIssues } from '../core/issues'
import { createRemoteIdTracker } from '../core/remoteIds'
import type { PublishContext, PublishRequest } from '../core/types'
import type { WechatSettings } from './accountSchemas'
import type { WechatClient } from './client'
import { createDraft } from './draftSteps'
import { validateWechatRequest } from './validate'

export const PREVIEW_QUOTA_MESSAGE = '今天的预览次数（100 次）已用完，明天再试'

/**
 * 发送预览: a fresh draft of the (possibly unapproved) lead and bundle, message/mass/preview to one WeChat
 * ID, then the draft is deleted again. Nothing is recorded on the delivery: the uploads and the draft
 * belong to this preview only. UNCERTAIN (wechat.md says nothing): whether the preview's link keeps
 * opening once its draft is deleted. The safe reading deletes it anyway: an unapproved draft left in
 * 草稿箱 could be mass-sent by hand, which is worse than a preview link that expires.
 */
export async function previewOnWechat(args: {
  request: PublishRequest<WechatSettings>
  ctx: PublishContext
  client: WechatClient
  recipient: string
}): Promise<{ previewId: string }> {
  const { request, ctx, client } = args
  const recipient = args.recipient.trim()
  if (recipient === '') throw new ConfigError({ message: '缺少接收预览的微信号：请在个人资料里填写自己的微信号', platform: 'wechat' })
  assertNoBlockingIssues({ issues: validateWechatRequest({ request }), platform: 'wechat' })
  const ids = createRemoteIdTracker({ remoteIds: {}, onRemoteId: () => undefined })
  const draftMediaId = await createDraft({ request, ctx, client, ids })
  try {
    const sent = await client.previewMass({ draftMediaId, wxName: recipient })
    return { previewId: sent.msgId ?? draftMediaId }
  } catch (error) {
    if (error instanceof PublishError && error.code === '45009') {
      throw new QuotaExceededError({
        message: PREVIEW_QUOTA_MESSAGE,
        platform: 'wechat',
        code: error.code,
        platformMessage: error.platformMessage,
        retryAfterMs: msUntilNextBeijingMidnight((ctx.now ?? Date.now)()),
        cause: error,
      })
    }
    throw error
  } finally {
    await client.deleteDraft(draftMediaId).catch((error: unknown) => {
      ctx.logger.warn({ draft: draftMediaId, error: String(error) }, 'wechat preview draft could not be deleted')
    })
  }
}
