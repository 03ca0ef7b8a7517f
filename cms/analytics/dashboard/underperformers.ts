import { POST_METRIC_LABELS } from '../../../lib/analytics/metricNames'
import { addDays } from '../../../lib/zonedTime'
import type { MetricRow } from '../metricRow'
import { zonedDayHour, type ZonedDayHour } from './publishHour'

/** One post's numbers over the rows read (readers and plays stay apart; null = never reported). */
export type PostNumbers = {
  delivery: string | number
  position: number
  account: string
  publishedAt: string
  publishedDate: string
  readers: number | null
  plays: number | null
}

export type Underperformer = PostNumbers & {
  metric: 'readers' | 'plays'
  value: number
  median: number
  /** How many of the account's posts the median is taken over (5–30). */
  compared: number
  /** value ÷ median, for ranking the worst first. */
  ratio: number
  /** In Chinese, for the editor: 阅读人数 120，不到本账号近 30 篇中位数 800 的一半. */
  reason: string
}

export const UNDERPERFORMER_RULE = {
  /** Compared with the account's most recent posts… */
  peers: 30,
  /** …published in the last 90 days of the range… */
  windowDays: 90,
  /** …when there are at least this many. */
  minPeers: 5,
  /** Flagged under this share of their median. */
  share: 0.5,
  /** A post needs its publish day and the day after in the numbers before it is judged. */
  minDaysOfNumbers: 2,
} as const

/** The last publish day judged or compared: its post has two days of numbers by `to` (yesterday at the latest). */
export function lastJudgedDay(args: { to: string; today: string }): string {
  const lastDayOfNumbers = addDays(args.today, -1) < args.to ? addDays(args.today, -1) : args.to
  return addDays(lastDayOfNumbers, -(UNDERPERFORMER_RULE.minDaysOfNumbers - 1))
}

type RowNumbers = Pick<MetricRow, 'delivery' | 'position' | 'account' | 'publishedAt' | 'readers' | 'plays'>

/** Sums each post's rows (one per day) into its readers and plays; rows without an account or publish time are skipped. */
export function postNumbersOf(args: { rows: readonly RowNumbers[]; timeZone: string }): PostNumbers[] {
  const cache = new Map<string, ZonedDayHour | null>()
  const posts = new Map<string, PostNumbers>()
  for (const row of args.rows) {
    if (row.account === null || row.publishedAt === null) continue
    const key = `${row.delivery}:${row.position}`
    let post = posts.get(key)
    if (!post) {
      const published = zonedDayHour({ iso: row.publishedAt, timeZone: args.timeZone, cache })
      if (published === null) continue
      post = {
        delivery: row.delivery,
        position: row.position,
        account: String(row.account),
        publishedAt: row.publishedAt,
        publishedDate: published.date,
        readers: null,
        plays: null,
      }
      posts.set(key, post)
    }
    if (typeof row.readers === 'number') post.readers = (post.readers ?? 0) + row.readers
    if (typeof row.plays === 'number') post.plays = (post.plays ?? 0) + row.plays
  }
  return [...posts.values()]
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** 阅读人数 where the post reports readers (WeChat), else 播放量 (video); a post with neither is not judged. */
const mainMetricOf = (post: PostNumbers): 'readers' | 'plays' | null =>
  post.readers !== null ? 'readers' : post.plays !== null ? 'plays' : null

/**
 * 待优化: the posts published in `from`..`to` whose main number is under half the median of their
 * account's recent posts (the last 30 published in the 90 days up to `to`, at least 5), each with the
 * reason in Chinese. Only posts with two days of numbers are judged or compared (`today` is the
 * team's day now: yesterday is the last day with numbers). A 次条 is compared with the account's
 * other 次条 and a lead with leads: the second article of a push is read far less by design.
 */
export function findUnderperformers(args: { posts: readonly PostNumbers[]; from: string; to: string; today: string }): Underperformer[] {
  const rule = UNDERPERFORMER_RULE
  const judgedUntil = lastJudgedDay({ to: args.to, today: args.today })
  const windowStart = addDays(args.to, -(rule.windowDays - 1))
  const groups = new Map<string, PostNumbers[]>()
  for (const post of args.posts) {
    if (post.publishedDate > judgedUntil || post.publishedDate < windowStart) continue
    const group = `${post.account}:${post.position === 1 ? 'lead' : 'other'}`
    const list = groups.get(group)
    if (list) list.push(post)
    else groups.set(group, [post])
  }
  const newestFirst = (a: PostNumbers, b: PostNumbers) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0)
  for (const list of groups.values()) list.sort(newestFirst)
  const flagged: Underperformer[] = []
  for (const post of args.posts) {
    if (post.publishedDate < args.from || post.publishedDate > args.to || post.publishedDate > judgedUntil) continue
    const metric = mainMetricOf(post)
    if (metric === null) continue
    const value = post[metric] ?? 0
    const peers = (groups.get(`${post.account}:${post.position === 1 ? 'lead' : 'other'}`) ?? [])
      .filter((peer) => peer !== post && peer[metric] !== null)
      .slice(0, rule.peers)
    if (peers.length < rule.minPeers) continue
    const middle = median(peers.map((peer) => peer[metric] ?? 0))
    if (middle <= 0 || value >= middle * rule.share) continue
    const shown = Math.round(middle)
    flagged.push({
      ...post,
      metric,
      value,
      median: middle,
      compared: peers.length,
      ratio: value / middle,
      reason: `${POST_METRIC_LABELS[metric].zh} ${value}，不到本账号近 ${peers.length} 篇中位数 ${shown} 的一半`,
    })
  }
  return flagged.sort((a, b) => a.ratio - b.ratio || (a.publishedAt < b.publishedAt ? 1 : -1))
}
