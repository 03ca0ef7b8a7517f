import type { KpiComparison, KpiMetric, KpiPeriod } from '../../../lib/analytics/metricNames'

/** One KPI line as stored on a campaign (`kpis`) or an account (`targets`): rates in percent (4 = 4%). */
export type KpiLine = {
  metric: KpiMetric
  comparison: KpiComparison
  target: number
  period: KpiPeriod
  platform?: string | null
  account?: string | number | null
}

export const KPI_STATUS_LABELS = {
  met: { zh: '达成', en: 'Met' },
  missed: { zh: '未达成', en: 'Missed' },
  inProgress: { zh: '进行中', en: 'In progress' },
  noData: { zh: '暂无数据', en: 'No data yet' },
} as const
export type KpiStatus = keyof typeof KPI_STATUS_LABELS
export const KPI_STATUSES = Object.keys(KPI_STATUS_LABELS) as KpiStatus[]

/** Metrics whose whole-period value only grows as days are added: once an at-least target is met it stays met. */
const GROWING_SUMS: readonly KpiMetric[] = ['readers', 'reads', 'plays', 'interactions', 'posts']

export function growsWithTime(args: { metric: KpiMetric; period: KpiPeriod }): boolean {
  return args.period === 'campaign' && GROWING_SUMS.includes(args.metric)
}

/** Whole-period lines whose trend is drawn as running totals towards the target (涨粉 too, though it may fall). */
export function trendsCumulatively(args: { metric: KpiMetric; period: KpiPeriod }): boolean {
  return growsWithTime(args) || (args.period === 'campaign' && args.metric === 'newFollowers')
}

/**
 * 达成 / 未达成 once the period is over; before that 进行中, unless a growing sum has already settled
 * the question (an at-least total already reached, an at-most total already passed).
 */
export function kpiStatus(args: {
  value: number | null
  comparison: KpiComparison
  target: number
  complete: boolean
  growing: boolean
}): KpiStatus {
  if (args.value === null) return 'noData'
  const meets = args.comparison === 'atLeast' ? args.value >= args.target : args.value <= args.target
  if (args.complete) return meets ? 'met' : 'missed'
  if (args.growing && args.comparison === 'atLeast' && meets) return 'met'
  if (args.growing && args.comparison === 'atMost' && !meets) return 'missed'
  return 'inProgress'
}
