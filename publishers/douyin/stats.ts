import { zonedDate } from '../../lib/zonedTime'
import { parseCredentials } from '../core/credentials'
import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import type { PostStatRow, StatsCollector, StatsPost } from '../core/stats'
import { douyinCredentialsSchema } from './accountSchemas'
import { createDouyinOauthClient, createDouyinUserClient } from './client'
import { resolveDouyinHost } from './config'
import type { DouyinConfig } from './config'
import type { DouyinVideo } from './replySchemas'

const BEIJING = 'Asia/Shanghai'
/** item_ids per video_data call (analytics.md §4.2: keep batches ≤ 10). */
const BATCH = 10

/** Pure: the running totals of one item as today's cumulative row (the CMS subtracts what it stored before). */
export function douyinPostRow(args: { post: StatsPost; video: DouyinVideo; today: string }): PostStatRow {
  const { post, video, today } = args
  const stats = video.statistics ?? {}
  return {
    deliveryId: post.deliveryId,
    position: post.position,
    externalId: video.item_id,
    date: today,
    kind: 'cumulative',
    final: true,
    plays: stats.play_count,
    likes: stats.digg_count,
    comments: stats.comment_count,
    shares: stats.share_count,
    reposts: stats.forward_count,
  }
}

/**
 * Douyin statistics (analytics.md §4.2): live counters of each item by `item_id` (video_data, 10 per call).
 * Only public items come back; hand-offs have no item_id (their numbers are typed in). Followers
 * (fans_data / data.external.user) are not read yet: left to manual entry.
 */
export function createDouyinStatsCollector(config: DouyinConfig & { http?: HttpClient } = {}): StatsCollector {
  const apiBase = resolveDouyinHost(config)
  const http = config.http ?? createHttpClient({ timeoutMs: config.timeoutMs })
  return {
    platform: 'douyin',
    freshness: 'live',
    async collect({ posts, ctx }) {
      const byId = new Map<string, StatsPost[]>()
      for (const post of posts) {
        const id = post.remoteIds.item
        if (id) byId.set(id, [...(byId.get(id) ?? []), post])
      }
      if (byId.size === 0) return { posts: [], account: [], delayedDates: [] }
      const credentials = parseCredentials({ schema: douyinCredentialsSchema, value: ctx.credentials, platform: 'douyin' })
      const now = ctx.now ?? Date.now
      const deps = { http, logger: ctx.logger, signal: ctx.signal, now }
      const oauth = createDouyinOauthClient({ ...deps, apiBase, clientKey: credentials.clientKey, clientSecret: credentials.clientSecret })
      const client = createDouyinUserClient({ ...deps, apiBase, credentials, tokens: ctx.tokens, oauth, ctx })
      const today = zonedDate({ at: new Date(now()), timeZone: BEIJING })
      const ids = [...byId.keys()]
      const rows: PostStatRow[] = []
      for (let start = 0; start < ids.length; start += BATCH) {
        for (const video of await client.videoData({ itemIds: ids.slice(start, start + BATCH) })) {
          for (const post of byId.get(video.item_id) ?? []) rows.push(douyinPostRow({ post, video, today }))
        }
      }
      return { posts: rows, account: [], delayedDates: [] }
    },
  }
}
