import type { PostStatRow, StatsPost } from '../core/stats'
import type { ToutiaoVideoStats } from './client'

/** The video's `item_id` the video publisher recorded under `item`; assisted (article) posts have none. */
export function toutiaoItemIdOf(post: StatsPost): string | undefined {
  const id = post.remoteIds.item
  return id === undefined || id === '' ? undefined : id
}

export function postsByItemId(posts: readonly StatsPost[]): { byId: Map<string, StatsPost[]>; skipped: StatsPost[] } {
  const byId = new Map<string, StatsPost[]>()
  const skipped: StatsPost[] = []
  for (const post of posts) {
    const id = toutiaoItemIdOf(post)
    if (id === undefined) skipped.push(post)
    else byId.set(id, [...(byId.get(id) ?? []), post])
  }
  return { byId, skipped }
}

export function chunk<T>({ items, size }: { items: readonly T[]; size: number }): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size))
  return chunks
}

/** Running totals read now: a `cumulative` row dated today; nothing is provisional, a later run replaces today's. */
export function toutiaoPostRow(args: { post: StatsPost; stats: ToutiaoVideoStats; today: string }): PostStatRow {
  const { post, stats, today } = args
  return {
    deliveryId: post.deliveryId,
    position: post.position,
    externalId: stats.itemId,
    date: today,
    kind: 'cumulative',
    final: true,
    plays: stats.plays,
    likes: stats.likes,
    comments: stats.comments,
    shares: stats.shares,
    reposts: stats.reposts,
  }
}
