import type { RemoteIdTracker } from '../core/remoteIds'
import type { ManualOutcome, PublishRequest } from '../core/types'
import type { WechatSettings } from './accountSchemas'
import { articlesOf } from './buildDraftArticle'
import { WECHAT_BACK_OFFICE_URL } from './config'

/** 《头条》《次条》…: the titles in the draft's order, as the operator sees them in 草稿箱. */
export function titlesInOrder(request: PublishRequest<WechatSettings>): string {
  return articlesOf(request)
    .map((article) => `《${article.title.trim()}》`)
    .join('')
}

/**
 * The draft waits in the back office for a person to press 群发: where it is, what it holds, and how the
 * link comes back (确认已群发). `why` opens the message when the hand-off was not the chosen mode.
 */
export function massHandOff(args: { request: PublishRequest<WechatSettings>; ids: RemoteIdTracker; why?: string }): ManualOutcome {
  const count = articlesOf(args.request).length
  const what = count === 1 ? `图文${titlesInOrder(args.request)}` : `${count} 篇组合图文（依次为${titlesInOrder(args.request)}）`
  return {
    state: 'manual',
    link: WECHAT_BACK_OFFICE_URL,
    remoteIds: args.ids.snapshot(),
    message:
      `${args.why ?? ''}${what}已存入公众号草稿箱，尚未发出。请登录公众号后台（mp.weixin.qq.com）→ 内容管理 → 草稿箱，` +
      `找到这条图文，核对无误后点「群发」；发出后把文章链接粘贴回来，并点「确认已群发」。`,
  }
}
