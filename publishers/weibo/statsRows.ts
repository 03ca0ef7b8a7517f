import type { PostStatRow, StatsPost } from '../core/stats'
import type { WeiboStatusCount } from './client'
import { WEIBO_ACCEPTED_WITHOUT_ID } from './publish'

/** The status id the publisher recorded under `post`, as the exact idstr; none for a 20032 post or a manual one. */
export function weiboStatusIdOf(post: StatsPost): string | undefined {
  const id = post.remoteIds.post
  if (id === undefined || id === WEIBO_ACCEPTED_WITHOUT_ID || !/^\d+$/.test(id)) return undefined
  return id
}

/** Posts grouped by idstr (one post may in theory back several deliveries), in first-seen order. */
export function postsByStatusId(posts: readonly StatsPost[]): { byId: Map<string, StatsPost[]>; skipped: StatsPost[] } {
  const byId = new Map<string, StatsPost[]>()
  const skipped: StatsPost[] = []
  for (const post of posts) {
    const id = weiboStatusIdOf(post)
    if (id === undefined) {
      skipped.push(post)
      continue
    }
    byId.set(id, [...(byId.get(id) ?? []), post])
  }
  return { byId, skipped }
}

export function chunk<T>({ items, size }: { items: readonly T[]; size: number }): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size))
  return chunks
}

/**
 * Weibo's counters are running totals read now: a `cumulative` row dated today. `final: true` because
 * Weibo marks nothing as provisional; a later run the same day simply replaces today's figures.
 */
export function weiboPostRow(args: { post: StatsPost; count: WeiboStatusCount; today: string }): PostStatRow {
  const { post, count, today } = args
  return {
    deliveryId: post.deliveryId,
    position: post.position,
    externalId: count.idstr,
    date: today,
    kind: 'cumulative',
    final: true,
    comments: count.comments,
    reposts: count.reposts,
    likes: count.attitudes,
  }
}
