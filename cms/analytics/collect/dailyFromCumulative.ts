import type { PostStatRow } from '../../../publishers'
import { POST_METRICS, type MetricSource, type PostMetric } from '../../../lib/analytics/metricNames'

/** A day's numbers as post-metrics stores them: every metric present, null where the platform reported nothing. */
export type DayNumbers = Record<PostMetric, number | null> & { completionRate: number | null }

/** A row already stored for the post (any source): what earlier days add up to. */
export type StoredDay = { date: string; source: MetricSource } & Partial<Record<PostMetric, number | null>>

/** What to write for one day of one post: the day's own numbers. */
export type PlannedDay = { date: string; numbers: DayNumbers; final: boolean; externalId: string }

const count = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : Math.max(0, Math.round(value))

const rate = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : Math.min(1, Math.max(0, value))

/**
 * The rows to write for one post (one delivery and position) from what its collector returned, given
 * the rows already stored for it. `daily` rows are the day's numbers as they are; `cumulative` rows
 * are totals since publication, so the day's number is the total minus what the stored rows of
 * earlier days add up to (this run's earlier days included), per metric, never below 0. The
 * completion rate is a rate, not a count: it is stored as given. Days a person entered (manual, csv)
 * are never replaced, but they still count as earlier days.
 */
export function planPostDays(args: { incoming: readonly PostStatRow[]; stored: readonly StoredDay[] }): PlannedDay[] {
  const ledger = new Map<string, Partial<Record<PostMetric, number | null>>>(args.stored.map((row) => [row.date, row]))
  const byPeople = new Set(args.stored.filter((row) => row.source !== 'api').map((row) => row.date))
  const latest = new Map(args.incoming.map((row) => [row.date, row]))
  const planned: PlannedDay[] = []
  for (const row of [...latest.values()].sort((a, b) => a.date.localeCompare(b.date))) {
    if (byPeople.has(row.date)) continue
    const earlier = [...ledger.entries()].filter(([date]) => date < row.date).map(([, numbers]) => numbers)
    const numbers = { completionRate: rate(row.completionRate) } as DayNumbers
    for (const metric of POST_METRICS) {
      const value = count(row[metric])
      numbers[metric] =
        value === null || row.kind === 'daily' ? value : Math.max(0, value - earlier.reduce((sum, day) => sum + (day[metric] ?? 0), 0))
    }
    ledger.set(row.date, numbers)
    planned.push({ date: row.date, numbers, final: row.final, externalId: row.externalId })
  }
  return planned
}
