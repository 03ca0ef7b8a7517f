import { PublishError } from '../core/errors'
import { assertNoBlockingIssues } from '../core/issues'
import { createRemoteIdTracker, runStepOnce } from '../core/remoteIds'
import type { PublishContext, PublishOutcome, PublishRequest } from '../core/types'
import type { WechatSettings } from './accountSchemas'
import { recordedArticleUrls } from './articleUrls'
import type { WechatClient } from './client'
import { WECHAT_BACK_OFFICE_URL } from './config'
import { createDraft } from './draftSteps'
import type { DraftStep } from './draftSteps'
import { WECHAT_MANUAL_PUBLISH_CODES } from './errorTable'
import { massHandOff, titlesInOrder } from './handOff'
import { sendWechatMass } from './massSend'
import { wechatPollDelayMs } from './pollDelay'
import { validateWechatRequest } from './validate'

/**
 * 发表 without notifying: images → cover → draft/add → freepublish/submit (`publish`, and `msgDataId`,
 * the statistics join key `<msg_data_id>_<idx>` of analytics.md), resuming from recorded ids; `manual`
 * when the account may only create drafts (48001 and kin).
 */
async function publishWithoutNotifying(step: DraftStep): Promise<PublishOutcome> {
  const { request, ctx, client, ids } = step
  if (ids.get('publish') === undefined) {
    const draftMediaId = ids.get('draft') ?? (await createDraft(step))
    // A 群发 tried earlier on this delivery left its clientmsgid, which tells recovery a replay is safe.
    // freepublish has no such dedupe, so the id is withdrawn (an empty value) before submitting.
    if (ids.get('clientmsgid')) await ids.record({ key: 'clientmsgid', value: '' })
    try {
      let msgDataId: string | undefined
      await runStepOnce({
        ids,
        key: 'publish',
        run: async () => {
          const submitted = await client.submitPublish(draftMediaId)
          msgDataId = submitted.msgDataId
          return submitted.publishId
        },
      })
      // After `publish`, so the post step sees the post as sent first; a crash in between loses only this statistics key.
      if (msgDataId !== undefined) await ids.record({ key: 'msgDataId', value: msgDataId })
    } catch (error) {
      if (error instanceof PublishError && error.code !== undefined && WECHAT_MANUAL_PUBLISH_CODES.has(error.code)) {
        ctx.logger.info({ code: error.code, draft: draftMediaId }, 'wechat draft needs a manual publish')
        return {
          state: 'manual',
          link: WECHAT_BACK_OFFICE_URL,
          remoteIds: ids.snapshot(),
          message:
            `草稿已创建，但该公众号不能通过接口发表（${error.message}）。请登录公众号后台，` +
            `在「内容管理 → 草稿箱」找到${titlesInOrder(request)}手动发表，发表后把文章链接粘贴回来。`,
        }
      }
      throw error
    }
  }
  return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: wechatPollDelayMs(0) }
}

/**
 * One push in the mode the request asks for (absent: `publish`, what every delivery did before modes):
 * `publish` 发表不通知, `mass` 群发 (see massSend.ts), `draft` 仅存草稿箱 (a hand-off). A recorded lead
 * link means the push is done; a recorded post id means only its status is left to read.
 */
export async function publishToWechat(args: {
  request: PublishRequest<WechatSettings>
  ctx: PublishContext
  client: WechatClient
}): Promise<PublishOutcome> {
  const { request, ctx, client } = args
  const ids = createRemoteIdTracker(ctx)
  const knownUrl = ids.get('url')
  if (knownUrl !== undefined) {
    return { state: 'published', url: knownUrl, remoteIds: ids.snapshot(), articleUrls: recordedArticleUrls(ids.snapshot()) }
  }
  const push = request.push
  const mode = push?.mode ?? 'publish'
  const posted = mode === 'mass' ? ids.get('msgId') : mode === 'publish' ? ids.get('publish') : undefined
  if (posted !== undefined) return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: wechatPollDelayMs(0) }
  const step: DraftStep = { request, ctx, client, ids }
  if (mode === 'draft' && ids.get('draft') !== undefined) return massHandOff({ request, ids })
  assertNoBlockingIssues({ issues: validateWechatRequest({ request }), platform: 'wechat' })
  if (mode === 'mass' && push !== undefined) return sendWechatMass({ ...step, push })
  if (mode === 'draft') {
    await createDraft(step)
    return massHandOff({ request, ids })
  }
  return publishWithoutNotifying(step)
}
