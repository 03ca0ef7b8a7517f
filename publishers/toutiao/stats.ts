import { zonedDate } from '../../lib/zonedTime'
import { parseCredentials } from '../core/credentials'
import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import type { PostStatRow, StatsCollector } from '../core/stats'
import { toutiaoCredentialsSchema } from './accountSchemas'
import { createToutiaoOauthClient, createToutiaoVideoClient, TOUTIAO_VIDEO_DATA_BATCH } from './client'
import { resolveToutiaoHosts } from './config'
import type { ToutiaoConfig } from './config'
import { savingRefreshedTokens } from './oauth'
import { chunk, postsByItemId, toutiaoPostRow } from './statsRows'

/** Stats dates are Beijing days (publishers/core/stats.ts). */
const BEIJING = 'Asia/Shanghai'

/**
 * Toutiao video statistics (analytics.md §4.2): live counters of each video by `item_id`
 * (`POST /toutiao/video/data/`, a few ids per call). No follower endpoint exists (the profile says
 * followers: 'manual'), and articles published by hand carry no item_id: both are left to manual entry.
 * An expired token is refreshed once by the client (2190008); 2190004 (no toutiao.video.data) is a PermissionError.
 */
export function createToutiaoStatsCollector(config: ToutiaoConfig & { http?: HttpClient } = {}): StatsCollector {
  const { apiBase, oauthBase } = resolveToutiaoHosts(config)
  const http = config.http ?? createHttpClient({ timeoutMs: config.timeoutMs })
  return {
    platform: 'toutiao',
    freshness: 'live',
    // The window does not apply: the platform serves only the counters as of now, stored as today's.
    async collect({ posts, ctx }) {
      const { byId, skipped } = postsByItemId(posts)
      if (skipped.length > 0) {
        ctx.logger.info({ skipped: skipped.map((post) => post.deliveryId) }, 'toutiao stats: posts without a video item_id are skipped')
      }
      if (byId.size === 0) return { posts: [], account: [], delayedDates: [] }
      const credentials = parseCredentials({ schema: toutiaoCredentialsSchema, value: ctx.credentials, platform: 'toutiao' })
      const now = ctx.now ?? Date.now
      const deps = { http, logger: ctx.logger, signal: ctx.signal, now }
      const oauth = createToutiaoOauthClient({
        ...deps,
        oauthBase,
        clientKey: credentials.clientKey,
        clientSecret: credentials.clientSecret,
      })
      const client = createToutiaoVideoClient({
        ...deps,
        apiBase,
        credentials,
        tokens: ctx.tokens,
        oauth: savingRefreshedTokens({ oauth, ctx }),
      })
      const today = zonedDate({ at: new Date(now()), timeZone: BEIJING })
      const rows: PostStatRow[] = []
      for (const itemIds of chunk({ items: [...byId.keys()], size: TOUTIAO_VIDEO_DATA_BATCH })) {
        for (const stats of await client.videoData({ itemIds })) {
          for (const post of byId.get(stats.itemId) ?? []) rows.push(toutiaoPostRow({ post, stats, today }))
        }
      }
      return { posts: rows, account: [], delayedDates: [] }
    },
  }
}
