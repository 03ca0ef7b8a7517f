import type { MetricRow } from '../metricRow'
import { sumMetrics } from '../sumMetrics'

/**
 * An account's 互动率 over rows of mixed posts: the interactions of the posts that report 阅读人数
 * over those readers; else of the posts that report 播放量 over those plays. A Toutiao account's
 * articles (阅读次数 only) then never inflate its videos' rate. null when neither base is known.
 */
export function interactionRate(rows: readonly MetricRow[]): number | null {
  const withReaders = rows.filter((row) => typeof row.readers === 'number')
  if (withReaders.length > 0) return sumMetrics(withReaders).interactionRate
  const withPlays = rows.filter((row) => typeof row.plays === 'number')
  return withPlays.length > 0 ? sumMetrics(withPlays).interactionRate : null
}
