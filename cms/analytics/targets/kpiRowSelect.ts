import { POST_METRICS } from '../../../lib/analytics/metricNames'

/** The post-metrics columns KPI lines and post rankings read (not the content reference, whose join costs the most). */
export const KPI_ROW_SELECT = {
  delivery: true,
  position: true,
  date: true,
  account: true,
  platform: true,
  ...Object.fromEntries(POST_METRICS.map((name) => [name, true])),
} as const
