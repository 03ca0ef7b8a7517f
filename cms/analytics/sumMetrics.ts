import { INTERACTION_METRICS, POST_METRICS, type PostMetric } from '../../lib/analytics/metricNames'
import type { MetricRow } from './metricRow'

/** Each metric's sum, and null where no row reported it (absent is not zero: 小红书 reports no 阅读人数). */
export type MetricTotals = Record<PostMetric, number | null> & {
  interactions: number | null
  /** 互动 ÷ 阅读人数 where readers are known, else ÷ 播放量; null when neither is. */
  interactionRate: number | null
  posts: number
}

/** A post's identity in a count of posts: a number where the delivery id is one (cheaper than a string per row). */
export function postKeyOf(row: Pick<MetricRow, 'delivery' | 'position'>): string | number {
  return typeof row.delivery === 'number' ? row.delivery * 16 + row.position : `${row.delivery}:${row.position}`
}

/** Running sums of rows, added one at a time: what sumMetrics and the reports' single passes share. */
export type MetricSums = { totals: Record<PostMetric, number | null>; posts: Set<string | number> }

export function emptySums(): MetricSums {
  return { totals: Object.fromEntries(POST_METRICS.map((name) => [name, null])) as Record<PostMetric, number | null>, posts: new Set() }
}

export function addRow(sums: MetricSums, row: MetricRow, postKey: string | number = postKeyOf(row)): void {
  sums.posts.add(postKey)
  const { totals } = sums
  for (const name of POST_METRICS) {
    const value = row[name]
    if (typeof value === 'number') totals[name] = (totals[name] ?? 0) + value
  }
}

export function totalsOf(sums: MetricSums): MetricTotals {
  const { totals } = sums
  const interactionParts = INTERACTION_METRICS.map((name) => totals[name]).filter((value): value is number => value !== null)
  const interactions = interactionParts.length === 0 ? null : interactionParts.reduce((sum, value) => sum + value, 0)
  const base = totals.readers ?? totals.plays
  return {
    ...totals,
    interactions,
    interactionRate: interactions === null || base === null || base === 0 ? null : interactions / base,
    posts: sums.posts.size,
  }
}

export function sumMetrics(rows: readonly MetricRow[]): MetricTotals {
  const sums = emptySums()
  for (const row of rows) addRow(sums, row)
  return totalsOf(sums)
}

/** Rows by a key (account, platform, author, content type, publish hour…); rows without a key are left out. */
export function groupRows(rows: readonly MetricRow[], keyOf: (row: MetricRow) => string | null): Map<string, MetricRow[]> {
  const groups = new Map<string, MetricRow[]>()
  for (const row of rows) {
    const key = keyOf(row)
    if (key === null) continue
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}
