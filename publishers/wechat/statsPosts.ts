import { addDays } from '../../lib/zonedTime'
import type { AccountStatRow, PostStatRow, StatsPost, StatsWindow } from '../core/stats'
import type { Logger } from '../core/logger'
import type { WechatClient } from './client'

/** The 发表内容 reports hold data from this day on ("之前日期数据无效", analytics.md §2.2). */
export const WECHAT_STATS_DATA_FROM = '2025-11-01'

/** getarticletotaldetail counts an article for at most 30 days, its publish date being the first (analytics.md §2.2). */
export const WECHAT_COUNTING_DAYS = 30

/** A post with the name WeChat's statistics give it: `<msg_data_id>_<position>` (analytics.md §2.5). */
export type TrackedPost = StatsPost & { msgid: string }

/** A row before the run knows which days are still open (`final` is set from the run's delayed days at the end). */
export type OpenPostRow = Omit<PostStatRow, 'final'>
export type OpenAccountRow = Omit<AccountStatRow, 'final'>

/** What one collection run shares: the client, the window (already ending at yesterday at the latest) and the days found late. */
export type StatsRun = {
  client: WechatClient
  window: StatsWindow
  /** Yesterday in Beijing: an empty answer for it means "not computed yet", never zero (analytics.md §2.4). */
  yesterday: string
  delayed: Set<string>
  logger: Logger
}

/** Posts by msgid; posts without a recorded msg_data_id cannot be joined and are left out. */
export function trackPosts(posts: readonly StatsPost[]): { byMsgid: Map<string, TrackedPost[]>; skipped: StatsPost[] } {
  const byMsgid = new Map<string, TrackedPost[]>()
  const skipped: StatsPost[] = []
  for (const post of posts) {
    const msgDataId = post.remoteIds.msgDataId
    if (!msgDataId) {
      skipped.push(post)
      continue
    }
    const msgid = `${msgDataId}_${post.position}`
    const known = byMsgid.get(msgid) ?? []
    // The same article handed over twice gets one row per day, not two.
    if (known.some((other) => other.deliveryId === post.deliveryId)) continue
    byMsgid.set(msgid, [...known, { ...post, msgid }])
  }
  return { byMsgid, skipped }
}

/** The last day getarticletotaldetail still counts for an article published on `publishedOn`. */
export function lastCountedDay(publishedOn: string): string {
  return addDays(publishedOn, WECHAT_COUNTING_DAYS - 1)
}

/** Whether `date` of this post comes from getarticletotaldetail (cumulative) rather than the daily reports. */
export function isCountedDay(args: { publishedOn: string; date: string }): boolean {
  return args.publishedOn >= WECHAT_STATS_DATA_FROM && args.date >= args.publishedOn && args.date <= lastCountedDay(args.publishedOn)
}
