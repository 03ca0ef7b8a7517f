import { addRow, emptySums, groupRows, postKeyOf, totalsOf, type MetricTotals } from '../sumMetrics'
import type { MetricRow } from '../metricRow'

/**
 * A group's sums, with 互动率 worked out twice, each on its own base: over the rows that report
 * 阅读人数 (people) and over those that report only 播放量 (plays). One rate over both would divide
 * Toutiao's likes by WeChat's readers; a row with neither (Weibo) counts in 互动数 and in no rate.
 */
export type GroupTotals = Omit<MetricTotals, 'interactionRate'> & {
  /** 互动 ÷ 阅读人数 over the rows that report readers; null where none do. */
  readerInteractionRate: number | null
  /** 互动 ÷ 播放量 over the rows that report plays and no readers; null where none do. */
  playInteractionRate: number | null
  /** Posts with 阅读人数, and posts with 播放量 (no readers): the divisors of per-post averages. */
  readerPosts: number
  playPosts: number
}

export function groupTotals(rows: readonly MetricRow[]): GroupTotals {
  // One pass: every row into the whole group's sums and into the readers' or the plays' base.
  const all = emptySums()
  const onReaders = emptySums()
  const onPlays = emptySums()
  for (const row of rows) {
    const key = postKeyOf(row)
    addRow(all, row, key)
    if (typeof row.readers === 'number') addRow(onReaders, row, key)
    else if (typeof row.plays === 'number') addRow(onPlays, row, key)
  }
  const { interactionRate: _mixed, ...totals } = totalsOf(all)
  const readers = totalsOf(onReaders)
  const plays = totalsOf(onPlays)
  return {
    ...totals,
    readerInteractionRate: readers.interactionRate,
    playInteractionRate: plays.interactionRate,
    readerPosts: readers.posts,
    playPosts: plays.posts,
  }
}

/** Groups rows by a key and totals each group; rows without a key are left out. */
export function groupBy(rows: readonly MetricRow[], keyOf: (row: MetricRow) => string | null): Map<string, GroupTotals> {
  return new Map([...groupRows(rows, keyOf)].map(([key, group]) => [key, groupTotals(group)]))
}
