import { PlatformError } from '../core/errors'
import { createRemoteIdTracker } from '../core/remoteIds'
import type { RemoteIdTracker } from '../core/remoteIds'
import type { PublishContext, RemoteIds, StatusOutcome } from '../core/types'
import { articleUrlKey, recordedArticleUrls } from './articleUrls'
import type { WechatClient } from './client'
import { WECHAT_MASS_FAILURES, WECHAT_PUBLISH_FAILURES } from './errorTable'
import { wechatPollDelayMs } from './pollDelay'

/**
 * mass/get never gives links; they come with the MASSSENDJOBFINISH callback (the CMS records them as
 * `url`, `url:<i>`). After SEND_SUCCESS we wait this many more polls (5 s + 10 s + 30 s + 60 s + 60 s,
 * under three minutes) for them, then call it published and let the callback fill the links in.
 */
export const MASS_URL_WAIT_POLLS = 5

function published(ids: RemoteIdTracker, note?: string): StatusOutcome {
  const snapshot = ids.snapshot()
  const articleUrls = recordedArticleUrls(snapshot)
  return {
    state: 'published',
    url: snapshot.url,
    remoteIds: snapshot,
    ...(articleUrls.length > 0 ? { articleUrls } : {}),
    ...(note === undefined ? {} : { note }),
  }
}

/** One mass/get: SEND_SUCCESS → published (links when the callback brought them), SENDING → processing, SEND_FAIL/DELETE → failed. */
async function checkMassStatus(args: {
  ids: RemoteIdTracker
  msgId: string
  client: WechatClient
  attempt: number
}): Promise<StatusOutcome> {
  const { ids, msgId, client, attempt } = args
  const status = await client.getMassStatus(msgId)
  const processing: StatusOutcome = { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: wechatPollDelayMs(attempt + 1) }
  if (status.msg_status === 'SENDING') return processing
  if (status.msg_status === 'SEND_SUCCESS') {
    if (ids.get('url') !== undefined) return published(ids)
    if (attempt < MASS_URL_WAIT_POLLS) return processing
    return published(ids, '群发已成功；微信推送群发结果（MASSSENDJOBFINISH）后会补上各篇文章的链接。')
  }
  const reason = WECHAT_MASS_FAILURES[status.msg_status] ?? `未知的群发状态 ${status.msg_status}，请到公众号后台「群发记录」核对`
  return { state: 'failed', reason, code: status.msg_status, remoteIds: ids.snapshot() }
}

/**
 * Reads a push back: a mass send (`msgId` recorded) through mass/get, a 发表 (`publish`) through
 * freepublish/get: 0 → published (records `article` and the links `url`, `url:<i>`), 1 → processing,
 * 2–6 → failed in Chinese. A recorded lead link needs no call.
 */
export async function checkWechatStatus(args: {
  remoteIds: RemoteIds
  ctx: PublishContext
  client: WechatClient
  attempt?: number
}): Promise<StatusOutcome> {
  const { ctx, client } = args
  const attempt = args.attempt ?? 0
  const ids = createRemoteIdTracker({ remoteIds: args.remoteIds, onRemoteId: ctx.onRemoteId })
  if (ids.get('url') !== undefined) return published(ids)
  const msgId = ids.get('msgId')
  if (msgId !== undefined) return checkMassStatus({ ids, msgId, client, attempt })
  const publishId = ids.get('publish')
  if (publishId === undefined) {
    throw new PlatformError({ message: '没有 publish_id 或群发 msg_id，无法查询发表状态', platform: 'wechat' })
  }
  const status = await client.getPublishStatus(publishId)
  if (status.publish_status === 0) {
    if (status.article_id !== undefined) await ids.record({ key: 'article', value: status.article_id })
    const items = [...(status.article_detail?.item ?? [])].sort((a, b) => a.idx - b.idx)
    // Lead last, so a crash in between leaves the record without `url` and the next look fills in the rest.
    for (const item of items.filter((candidate) => candidate.idx > 1)) {
      await ids.record({ key: articleUrlKey(item.idx - 1), value: item.article_url })
    }
    const lead = items.find((item) => item.idx === 1)
    if (lead !== undefined) await ids.record({ key: 'url', value: lead.article_url })
    return published(ids)
  }
  if (status.publish_status === 1) {
    return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: wechatPollDelayMs(attempt + 1) }
  }
  const base = WECHAT_PUBLISH_FAILURES[status.publish_status] ?? `未知的发表状态 ${status.publish_status}，请到公众号后台核对`
  const failed = status.fail_idx && status.fail_idx.length > 0 ? `（第 ${status.fail_idx.join('、')} 篇）` : ''
  return { state: 'failed', reason: `${base}${failed}`, code: String(status.publish_status), remoteIds: ids.snapshot() }
}
