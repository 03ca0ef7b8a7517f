import type { ChartOption } from '../Charts/chartOption'
import type { KpiResult } from '../../analytics/targets/replies'

/** The target line makes sense where a trend point is measured like the target: rates, running totals, or per-unit values of the same unit. */
function targetApplies(kpi: KpiResult): boolean {
  return kpi.unit === 'rate' || kpi.cumulative || kpi.period === kpi.trendUnit
}

const UNIT_SUFFIX: Record<KpiResult['unit'], string> = { rate: '%', people: '人', count: '次' }

/** A KPI's trend as a line (bars per week), with its target as a dashed line where it applies. */
export function kpiChartOption(kpi: KpiResult): ChartOption {
  const unitWord = kpi.trendUnit === 'week' ? '每周' : '每天'
  const seriesName = kpi.cumulative ? `${kpi.label}（累计）` : `${kpi.label}（${unitWord}）`
  const data = kpi.trend.map((point) => point.value)
  const markLine = targetApplies(kpi)
    ? {
        symbol: 'none',
        lineStyle: { type: 'dashed' as const, color: '#d4380d' },
        label: { position: 'insideEndTop' as const, formatter: `目标 ${kpi.target}${UNIT_SUFFIX[kpi.unit]}` },
        data: [{ yAxis: kpi.target }],
      }
    : undefined
  return {
    grid: { left: 48, right: 16, top: 24, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (value === null || value === undefined ? '—' : `${String(value)}${UNIT_SUFFIX[kpi.unit]}`),
    },
    xAxis: { type: 'category', data: kpi.trend.map((point) => point.date.slice(5)) },
    yAxis: { type: 'value', name: UNIT_SUFFIX[kpi.unit], axisLabel: { formatter: kpi.unit === 'rate' ? '{value}%' : '{value}' } },
    series: [
      kpi.trendUnit === 'week' && !kpi.cumulative
        ? { type: 'bar', name: seriesName, data, markLine }
        : { type: 'line', name: seriesName, data, markLine, connectNulls: true, showSymbol: data.length <= 31 },
    ],
  }
}
