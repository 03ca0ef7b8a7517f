import { zonedDate } from '../../lib/zonedTime'
import { parseCredentials } from '../core/credentials'
import { ReauthRequiredError } from '../core/errors'
import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import type { AccountStatRow, PostStatRow, StatsCollector, StatsContext, StatsPost } from '../core/stats'
import { weiboCredentialsSchema } from './accountSchemas'
import type { WeiboCredentials } from './accountSchemas'
import { createWeiboClient, WEIBO_COUNT_BATCH } from './client'
import type { WeiboClient } from './client'
import { WEIBO_DEFAULT_API_BASE } from './config'
import type { WeiboConfig } from './config'
import { chunk, postsByStatusId, weiboPostRow } from './statsRows'

/** Stats dates are Beijing days (publishers/core/stats.ts), the day Weibo's own counters live in. */
const BEIJING = 'Asia/Shanghai'

async function readPostRows(args: {
  client: WeiboClient
  accessToken: string
  posts: readonly StatsPost[]
  today: string
  ctx: StatsContext
}): Promise<PostStatRow[]> {
  const { client, accessToken, today, ctx } = args
  const { byId, skipped } = postsByStatusId(args.posts)
  if (skipped.length > 0) {
    ctx.logger.info({ skipped: skipped.map((post) => post.deliveryId) }, 'weibo stats: posts without a status id are skipped')
  }
  const rows: PostStatRow[] = []
  for (const ids of chunk({ items: [...byId.keys()], size: WEIBO_COUNT_BATCH })) {
    const counts = await client.statusCounts({ accessToken, ids })
    for (const count of counts) {
      for (const post of byId.get(count.idstr) ?? []) rows.push(weiboPostRow({ post, count, today }))
    }
  }
  return rows
}

/** The account's uid: stored at connect time; an admin-pasted token may lack it, then the token itself names its user. */
async function accountUid(args: { client: WeiboClient; credentials: WeiboCredentials }): Promise<string> {
  if (args.credentials.uid !== undefined && args.credentials.uid !== '') return args.credentials.uid
  return (await args.client.getTokenInfo({ accessToken: args.credentials.accessToken })).uid
}

/**
 * Weibo statistics (analytics.md §3): live counters of each post by idstr (`2/statuses/count.json`, 100 per
 * call, deleted posts simply absent) and today's follower count (`2/users/show.json`). Errors come typed from
 * the client's error table: 10022/10023 rate limited, 10014 permission, 213xx re-authorise.
 */
export function createWeiboStatsCollector(config: WeiboConfig & { http?: HttpClient } = {}): StatsCollector {
  const apiBase = (config.apiBase ?? WEIBO_DEFAULT_API_BASE).replace(/\/+$/, '')
  const http = config.http ?? createHttpClient({ timeoutMs: config.timeoutMs })
  return {
    platform: 'weibo',
    freshness: 'live',
    // The window does not apply: Weibo serves only the counters as of now, stored as today's.
    async collect({ posts, ctx }) {
      const credentials = parseCredentials({ schema: weiboCredentialsSchema, value: ctx.credentials, platform: 'weibo' })
      const now = ctx.now ?? Date.now
      if (credentials.expiresAt !== undefined && credentials.expiresAt <= now()) {
        throw new ReauthRequiredError({ message: '微博授权已过期，请重新授权该账号后再读取数据', platform: 'weibo' })
      }
      const client = createWeiboClient({ apiBase, http, logger: ctx.logger, signal: ctx.signal, now })
      const today = zonedDate({ at: new Date(now()), timeZone: BEIJING })
      const { accessToken } = credentials
      const rows = await readPostRows({ client, accessToken, posts, today, ctx })
      const uid = await accountUid({ client, credentials })
      const { followers } = await client.showUser({ accessToken, uid })
      const account: AccountStatRow[] = [{ date: today, followers, final: true }]
      return { posts: rows, account, delayedDates: [] }
    },
  }
}
