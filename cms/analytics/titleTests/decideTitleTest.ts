import { INTERACTION_METRICS } from '../../../lib/analytics/metricNames'
import { addDays, zonedDate } from '../../../lib/zonedTime'
import type { MetricRow } from '../metricRow'

/** Days after the publishing day whose final numbers a post needs before it counts (the window is that day and these). */
export const SETTLE_DAYS = 2
/** Averages within this share of the best one are a tie (不分胜负). */
export const TIE_MARGIN = 0.05

/** One published post of the item as the lead (the title under test is only ever the lead's). */
export type TestPost = { delivery: string | number; variant: number; platform: string; publishedAt: string | null }

/**
 * What a test compares on one platform: 阅读人数 where the platform reports readers, else 播放量, else
 * 互动数 (Weibo reports neither readers nor plays). One measure per platform, so people are never
 * compared with plays; platforms are judged apart.
 */
export type MainMetric = 'readers' | 'plays' | 'interactions'

export type VariantResult = { variant: number; posts: number; counted: number; average: number | null; total: number | null }

export type PlatformVerdict = {
  platform: string
  metric: MainMetric | null
  variants: VariantResult[]
  outcome: 'winner' | 'tie' | 'insufficient'
  winner: number | null
  /** Why, in an editor's words (数据不足：…, 不分胜负：…, 标题 2 胜出：…). */
  reason: string
}

export type TitleTestVerdict = {
  outcome: 'winner' | 'tie' | 'insufficient' | 'mixed' | 'untested'
  winner: number | null
  reason: string
  platforms: PlatformVerdict[]
}

const METRIC_WORDS: Record<MainMetric, string> = { readers: '阅读人数', plays: '播放量', interactions: '互动数' }

/** A row's value of the main metric, or null when the row does not report it. */
function valueOf(row: MetricRow, metric: MainMetric): number | null {
  if (metric !== 'interactions') return row[metric] ?? null
  const parts = INTERACTION_METRICS.map((name) => row[name]).filter((v): v is number => typeof v === 'number')
  return parts.length === 0 ? null : parts.reduce((sum, v) => sum + v, 0)
}

function mainMetricOf(rows: readonly MetricRow[]): MainMetric | null {
  for (const metric of ['readers', 'plays', 'interactions'] as const) if (rows.some((row) => valueOf(row, metric) !== null)) return metric
  return null
}

/**
 * A post's number over the same window for every post (its publishing day and SETTLE_DAYS after, in
 * the team's time zone), or null until final numbers for the window's last day are in and none of
 * the window's rows is still provisional. Days without a row add nothing (not reported is not 0, but
 * a window with no reported number at all is no number).
 */
function postValue(args: { post: TestPost; rows: readonly MetricRow[]; metric: MainMetric; timeZone: string }): number | null {
  if (!args.post.publishedAt) return null
  const first = zonedDate({ at: new Date(args.post.publishedAt), timeZone: args.timeZone })
  const last = addDays(first, SETTLE_DAYS)
  const window = args.rows.filter((row) => row.date >= first && row.date <= last)
  if (!args.rows.some((row) => row.date >= last && row.final)) return null
  if (window.some((row) => !row.final)) return null
  const values = window.map((row) => valueOf(row, args.metric)).filter((v): v is number => v !== null)
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0)
}

const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))

function decidePlatform(args: {
  platform: string
  posts: readonly TestPost[]
  rows: readonly MetricRow[]
  timeZone: string
}): PlatformVerdict {
  const { platform, posts } = args
  const own = new Set(posts.map((post) => String(post.delivery)))
  const rows = args.rows.filter((row) => own.has(String(row.delivery)) && row.position === 1)
  const metric = mainMetricOf(rows)
  const byVariant = new Map<number, { posts: number; values: number[] }>()
  for (const post of posts) {
    const entry = byVariant.get(post.variant) ?? { posts: 0, values: [] }
    entry.posts += 1
    const postRows = rows.filter((row) => String(row.delivery) === String(post.delivery))
    const value = metric === null ? null : postValue({ post, rows: postRows, metric, timeZone: args.timeZone })
    if (value !== null) entry.values.push(value)
    byVariant.set(post.variant, entry)
  }
  const variants: VariantResult[] = [...byVariant]
    .sort(([a], [b]) => a - b)
    .map(([variant, { posts: count, values }]) => {
      const total = values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0)
      return { variant, posts: count, counted: values.length, total, average: total === null ? null : total / values.length }
    })
  const base = { platform, metric, variants }
  const insufficient = (reason: string): PlatformVerdict => ({
    ...base,
    outcome: 'insufficient',
    winner: null,
    reason: `数据不足：${reason}`,
  })
  if (variants.length < 2) return insufficient('这个平台只发过一个标题，没有可比较的对象。')
  const waiting = variants.reduce((sum, v) => sum + (v.posts - v.counted), 0)
  if (metric === null || waiting > 0)
    return insufficient(
      `还有 ${metric === null ? posts.length : waiting} 条发布没有完整数据（每条需发布当天起满 ${SETTLE_DAYS + 1} 天的最终数据）。`,
    )
  const ranked = [...variants].sort((a, b) => (b.average ?? 0) - (a.average ?? 0))
  const [best, second] = ranked
  const bestAverage = best.average ?? 0
  const secondAverage = second.average ?? 0
  const words = `每条平均${METRIC_WORDS[metric]}`
  if (bestAverage === 0 || (bestAverage - secondAverage) / bestAverage <= TIE_MARGIN)
    return {
      ...base,
      outcome: 'tie',
      winner: null,
      reason: `不分胜负：${words}相差不到 ${TIE_MARGIN * 100}%（${format(bestAverage)} 对 ${format(secondAverage)}）。`,
    }
  const lead = Math.round(((bestAverage - secondAverage) / Math.max(secondAverage, 1)) * 100)
  return {
    ...base,
    outcome: 'winner',
    winner: best.variant,
    reason: `标题 ${best.variant} 胜出：${words} ${format(bestAverage)}，比次好的标题 ${second.variant}（${format(secondAverage)}）高 ${lead}%。`,
  }
}

/**
 * Which title of an item won, from its published posts and their daily rows. Like with like only:
 * each platform on its own main metric, the same window after publishing for every post, the
 * average per post of each title; a platform decides only when every post of it has final numbers.
 * The item's verdict is its one platform's, or the one winner all deciding platforms agree on. Pure.
 */
export function decideTitleTest(args: { posts: readonly TestPost[]; rows: readonly MetricRow[]; timeZone: string }): TitleTestVerdict {
  const variantsSent = new Set(args.posts.map((post) => post.variant))
  if (variantsSent.size < 2)
    return { outcome: 'untested', winner: null, reason: '还没有测试：至少要有两个不同的标题发布出去。', platforms: [] }
  const platforms = [...new Set(args.posts.map((post) => post.platform))].sort().map((platform) =>
    decidePlatform({
      platform,
      posts: args.posts.filter((post) => post.platform === platform),
      rows: args.rows,
      timeZone: args.timeZone,
    }),
  )
  const tested = platforms.filter((verdict) => verdict.variants.length >= 2)
  if (tested.length === 0)
    return {
      outcome: 'insufficient',
      winner: null,
      reason: '数据不足：不同的标题发到了不同的平台，各平台的数字不能直接比较；请在同一平台上发出至少两个标题。',
      platforms,
    }
  if (tested.length === 1) {
    const [only] = tested
    return { outcome: only.outcome, winner: only.winner, reason: only.reason, platforms }
  }
  if (tested.some((verdict) => verdict.outcome === 'insufficient'))
    return { outcome: 'insufficient', winner: null, reason: '数据不足：有平台的数据还没回来完整。', platforms }
  const winners = new Set(tested.map((verdict) => verdict.winner))
  if (winners.size === 1 && !winners.has(null)) {
    const [winner] = winners
    return { outcome: 'winner', winner, reason: `标题 ${String(winner)} 在 ${tested.length} 个平台上都胜出。`, platforms }
  }
  return { outcome: 'mixed', winner: null, reason: '各平台结论不同：见下方每个平台的结果。', platforms }
}
