import { addDays } from '../../../lib/zonedTime'
import type { KpiMetric } from '../../../lib/analytics/metricNames'
import { sumMetrics } from '../sumMetrics'
import { inSpan, type DaySpan } from './dateBuckets'
import { followersOn } from './followersOn'
import { postKeyOf, type FollowerDay, type KpiInputs } from './kpiInputs'
import { openRate } from './openRate'

/** A measured value (rates in percent, as targets are typed) and, when part of the data was left out, why. */
export type Measured = { value: number | null; notes: string[] }

const SUMMED = ['readers', 'reads', 'plays'] as const

function netFollowers(args: { days: readonly FollowerDay[] | undefined; span: DaySpan }): number | null {
  const before = followersOn({ days: args.days, date: addDays(args.span.from, -1) })
  const after = followersOn({ days: args.days, date: args.span.to, notBefore: args.span.from })
  if (before !== null && after !== null) return after - before
  // Without both totals, the days' own gains and losses (a platform that reports only those).
  const changes = (args.days ?? []).filter(
    (day) => inSpan(day.date, args.span) && (day.newFollowers !== null || day.lostFollowers !== null),
  )
  return changes.length === 0 ? null : changes.reduce((sum, day) => sum + (day.newFollowers ?? 0) - (day.lostFollowers ?? 0), 0)
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null)
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0)
}

/**
 * 互动率 per post base: interactions ÷ 阅读人数 for posts that report readers, ÷ 播放量 for posts that
 * report only plays. The two are never pooled (people and plays are different units): the readers'
 * rate is the value, and the plays' rate is said beside it.
 */
export function pooledInteractionRate(rows: KpiInputs['rows']): Measured {
  const perPost = new Map<string, KpiInputs['rows'][number][]>()
  for (const row of rows) perPost.set(postKeyOf(row), [...(perPost.get(postKeyOf(row)) ?? []), row])
  const pools = { readers: { interactions: 0, base: 0 }, plays: { interactions: 0, base: 0 } }
  for (const postRows of perPost.values()) {
    const totals = sumMetrics(postRows)
    const pool = totals.readers !== null ? pools.readers : totals.plays !== null ? pools.plays : null
    if (pool === null) continue
    pool.interactions += totals.interactions ?? 0
    pool.base += totals.readers ?? totals.plays ?? 0
  }
  const rate = (pool: { interactions: number; base: number }) => (pool.base === 0 ? null : (pool.interactions / pool.base) * 100)
  const byReaders = rate(pools.readers)
  const byPlays = rate(pools.plays)
  if (byReaders !== null && byPlays !== null)
    return { value: byReaders, notes: [`视频按播放量计算的互动率为 ${byPlays.toFixed(2)}%，与按阅读人数计算的分开统计`] }
  return { value: byReaders ?? byPlays, notes: [] }
}

/** The metric over the days of `span`, from the (already scoped) inputs. */
export function measureMetric(args: { metric: KpiMetric; inputs: KpiInputs; span: DaySpan }): Measured {
  const { metric, inputs, span } = args
  const rows = inputs.rows.filter((row) => inSpan(row.date, span))
  switch (metric) {
    case 'openRate':
      return openRate({ inputs, span })
    case 'interactionRate':
      return pooledInteractionRate(rows)
    case 'interactions':
      return { value: sumMetrics(rows).interactions, notes: [] }
    case 'posts':
      return { value: inputs.posts.filter((post) => inSpan(post.publishedDate, span)).length, notes: [] }
    case 'newFollowers':
      return { value: sumOrNull(inputs.accounts.map((one) => netFollowers({ days: inputs.followers.get(one.id), span }))), notes: [] }
    case 'followers':
      return {
        value: sumOrNull(inputs.accounts.map((one) => followersOn({ days: inputs.followers.get(one.id), date: span.to }))),
        notes: [],
      }
    default:
      return { value: sumMetrics(rows)[metric], notes: [] }
  }
}

/** Metrics that are plain sums of the days' numbers: a day without a row adds nothing. */
export function isDailySum(metric: KpiMetric): boolean {
  return metric === 'interactions' || (SUMMED as readonly string[]).includes(metric)
}
