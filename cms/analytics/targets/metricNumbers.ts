import type { MetricRow } from '../metricRow'
import { sumMetrics, type MetricTotals } from '../sumMetrics'
import { pooledInteractionRate } from './measureMetric'
import type { MetricNumbers } from './replies'

/** A sum of rows as the replies carry it: 互动率 in percent, nothing else changed (null stays null). */
export function metricNumbers(totals: MetricTotals): MetricNumbers {
  return {
    readers: totals.readers,
    reads: totals.reads,
    pushReaders: totals.pushReaders,
    plays: totals.plays,
    shares: totals.shares,
    likes: totals.likes,
    wows: totals.wows,
    comments: totals.comments,
    favorites: totals.favorites,
    reposts: totals.reposts,
    interactions: totals.interactions,
    interactionRate: totals.interactionRate === null ? null : Math.round(totals.interactionRate * 1_000_000) / 10_000,
  }
}

/**
 * The numbers of rows that may span platforms: 互动率 over the posts that report readers only (or,
 * without any, over plays), never interactions of every platform over one platform's readers.
 */
export function numbersOf(rows: readonly MetricRow[]): MetricNumbers {
  const rate = pooledInteractionRate(rows).value
  return { ...metricNumbers(sumMetrics(rows)), interactionRate: rate === null ? null : Math.round(rate * 10_000) / 10_000 }
}
