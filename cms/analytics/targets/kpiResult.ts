import { KPI_COMPARISON_LABELS, KPI_METRIC_LABELS, KPI_PERIOD_LABELS } from '../../../lib/analytics/metricNames'
import { isPlatformId, PLATFORM_PROFILES } from '../../../lib/platforms'
import type { KpiEvaluation } from './evaluateKpi'
import { KPI_STATUS_LABELS, type KpiLine } from './kpiLine'
import type { KpiResult } from './replies'

export function platformName(platform: string): string {
  return isPlatformId(platform) ? PLATFORM_PROFILES[platform].shortLabel.zh : platform
}

/** A line and its evaluation in the reply's words (Chinese labels beside every code). */
export function kpiResult(args: { line: KpiLine; evaluation: KpiEvaluation; accountName?: string | null }): KpiResult {
  const { line, evaluation } = args
  const scope = [line.platform ? platformName(line.platform) : null, args.accountName ?? null].filter((part) => part !== null)
  return {
    metric: line.metric,
    label: KPI_METRIC_LABELS[line.metric].zh,
    unit: KPI_METRIC_LABELS[line.metric].unit,
    comparison: line.comparison,
    comparisonLabel: KPI_COMPARISON_LABELS[line.comparison].zh,
    target: line.target,
    period: line.period,
    periodLabel: KPI_PERIOD_LABELS[line.period].zh,
    scopeLabel: scope.length === 0 ? null : scope.join(' · '),
    value: evaluation.value,
    status: evaluation.status,
    statusLabel: KPI_STATUS_LABELS[evaluation.status].zh,
    progress: evaluation.value === null || line.target === 0 ? null : Math.round((evaluation.value / line.target) * 10_000) / 10_000,
    trend: evaluation.trend,
    trendUnit: evaluation.trendUnit,
    cumulative: evaluation.cumulative,
    notes: evaluation.notes,
  }
}
