import type { MetricRow } from '../metricRow'
import { sumMetrics, type MetricTotals } from '../sumMetrics'
import { postKeyOf } from './kpiInputs'
import { metricNumbers } from './metricNumbers'
import type { RankedPost } from './replies'

export type PostToRank = Omit<RankedPost, 'rankBy' | 'rank' | 'numbers'>

const RANK_ORDER = ['readers', 'plays', 'interactions'] as const
type RankBy = (typeof RANK_ORDER)[number]

/** What a post is ranked by: its readers (people) if it reports them, else its plays, else its interactions. */
function rankByOf(totals: MetricTotals | undefined): RankBy | null {
  if (totals === undefined) return null
  if (totals.readers !== null) return 'readers'
  if (totals.plays !== null) return 'plays'
  return totals.interactions !== null ? 'interactions' : null
}

/**
 * The posts with their numbers (all their rows), ranked within each unit: posts ranked by readers
 * first, then by plays, then by interactions, then those with no numbers yet. Ties share a rank.
 */
export function rankPosts(args: { posts: readonly PostToRank[]; rows: readonly MetricRow[] }): RankedPost[] {
  const rowsByPost = new Map<string, MetricRow[]>()
  for (const row of args.rows) rowsByPost.set(postKeyOf(row), [...(rowsByPost.get(postKeyOf(row)) ?? []), row])
  const totalsOf = new Map([...rowsByPost].map(([key, rows]) => [key, sumMetrics(rows)]))
  const empty = metricNumbers(sumMetrics([]))
  const ranked: RankedPost[] = []
  for (const rankBy of [...RANK_ORDER, null]) {
    const group = args.posts
      .filter((post) => rankByOf(totalsOf.get(post.key)) === rankBy)
      .map((post) => ({ post, totals: totalsOf.get(post.key) }))
      .sort(
        (a, b) =>
          (rankBy === null ? 0 : (b.totals?.[rankBy] ?? 0) - (a.totals?.[rankBy] ?? 0)) ||
          a.post.publishedAt.localeCompare(b.post.publishedAt),
      )
    let previous: { value: number; rank: number } | null = null
    group.forEach(({ post, totals }, index) => {
      const value = rankBy === null ? null : (totals?.[rankBy] ?? 0)
      let rank: number | null = null
      if (value !== null) {
        rank = previous !== null && previous.value === value ? previous.rank : index + 1
        previous = { value, rank }
      }
      ranked.push({ ...post, rankBy, rank, numbers: totals ? metricNumbers(totals) : empty })
    })
  }
  return ranked
}
