import { addDays, zonedDate } from '../../lib/zonedTime'
import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import type { StatsCollector, StatsResult, StatsWindow } from '../core/stats'
import { wechatClientForContext } from './clientForContext'
import { WECHAT_DEFAULT_API_BASE } from './config'
import type { WechatConfig } from './config'
import { readAccountDays } from './statsAccount'
import { readArticleDaily } from './statsArticleDaily'
import { readArticleTotals } from './statsArticleTotals'
import { trackPosts } from './statsPosts'
import type { StatsRun } from './statsPosts'

/** WeChat's statistics days are Beijing days whatever APP_TIMEZONE says. */
const BEIJING = 'Asia/Shanghai'

/** The window cut at yesterday: datacube serves past days only, and today would be refused with 61500. */
function pastDays(args: { window: StatsWindow; yesterday: string }): StatsWindow {
  return { from: args.window.from, to: args.window.to < args.yesterday ? args.window.to : args.yesterday }
}

/**
 * WeChat statistics from the 发表内容 datacube family (analytics.md §2): per article getarticletotaldetail while
 * it is counted (30 days), getarticleread/getarticleshare after that, the account's content totals and
 * followers per day. Posts join by msgid `<msg_data_id>_<position>`; days WeChat marks `is_delay` (or has not
 * computed yet) come back open and listed in `delayedDates`. Errors are typed by WECHAT_DATACUBE_ERROR_TABLE
 * and thrown at the first one: 45009 QuotaExceededError (no retry here), 48001 PermissionError.
 */
export function createWechatStatsCollector(config: WechatConfig & { http?: HttpClient } = {}): StatsCollector {
  const apiBase = (config.apiBase ?? WECHAT_DEFAULT_API_BASE).replace(/\/+$/, '')
  const http = config.http ?? createHttpClient({ timeoutMs: config.timeoutMs })
  return {
    platform: 'wechat',
    freshness: 'previous-day',
    async collect({ posts, window, ctx }): Promise<StatsResult> {
      const now = (ctx.now ?? Date.now)()
      const yesterday = addDays(zonedDate({ at: new Date(now), timeZone: BEIJING }), -1)
      const days = pastDays({ window, yesterday })
      if (days.from > days.to) return { posts: [], account: [], delayedDates: [] }
      const client = wechatClientForContext({ ctx, apiBase, http })
      const run: StatsRun = { client, window: days, yesterday, delayed: new Set(), logger: ctx.logger }
      const { byMsgid, skipped } = trackPosts(posts)
      if (skipped.length > 0) {
        ctx.logger.info({ skipped: skipped.map((post) => post.deliveryId) }, 'wechat stats: posts without a msg_data_id are skipped')
      }
      const postRows = [...(await readArticleTotals({ run, byMsgid })), ...(await readArticleDaily({ run, byMsgid }))]
      const accountRows = await readAccountDays(run)
      const open = (date: string) => run.delayed.has(date)
      return {
        posts: postRows.map((row) => ({ ...row, final: !open(row.date) })),
        account: accountRows.map((row) => ({ ...row, final: !open(row.date) })),
        delayedDates: [...run.delayed].sort(),
      }
    },
  }
}
