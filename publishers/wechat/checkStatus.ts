import { PlatformError } from '../core/errors'
import { createRemoteIdTracker } from '../core/remoteIds'
import type { PublishContext, RemoteIds, StatusOutcome } from '../core/types'
import type { WechatClient } from './client'
import { WECHAT_PUBLISH_FAILURES } from './errorTable'
import { wechatPollDelayMs } from './pollDelay'

/** One freepublish/get: 0 → published (records `article` and `url`), 1 → processing, 2–6 → failed in Chinese. */
export async function checkWechatStatus(args: {
  remoteIds: RemoteIds
  ctx: PublishContext
  client: WechatClient
  attempt?: number
}): Promise<StatusOutcome> {
  const { ctx, client } = args
  const ids = createRemoteIdTracker({ remoteIds: args.remoteIds, onRemoteId: ctx.onRemoteId })
  const knownUrl = ids.get('url')
  if (knownUrl !== undefined) return { state: 'published', url: knownUrl, remoteIds: ids.snapshot() }
  const publishId = ids.get('publish')
  if (publishId === undefined) {
    throw new PlatformError({ message: '没有 publish_id，无法查询发表状态', platform: 'wechat' })
  }
  const status = await client.getPublishStatus(publishId)
  if (status.publish_status === 0) {
    const url = status.article_detail?.item[0]?.article_url
    if (status.article_id !== undefined) await ids.record({ key: 'article', value: status.article_id })
    if (url !== undefined) await ids.record({ key: 'url', value: url })
    return { state: 'published', url, remoteIds: ids.snapshot() }
  }
  if (status.publish_status === 1) {
    return { state: 'processing', remoteIds: ids.snapshot(), pollAfterMs: wechatPollDelayMs((args.attempt ?? 0) + 1) }
  }
  const base = WECHAT_PUBLISH_FAILURES[status.publish_status] ?? `未知的发表状态 ${status.publish_status}，请到公众号后台核对`
  const failed = status.fail_idx && status.fail_idx.length > 0 ? `（第 ${status.fail_idx.join('、')} 篇）` : ''
  return { state: 'failed', reason: `${base}${failed}`, code: String(status.publish_status), remoteIds: ids.snapshot() }
}
