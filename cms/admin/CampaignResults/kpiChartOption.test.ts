import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { countSeriesPoints } from '../Charts/chartOption'
import type { KpiResult } from '../../analytics/targets/replies'
import { kpiChartOption } from './kpiChartOption'
import { formatKpiValue, progressPercent } from './kpiText'

const kpi = (overrides: Partial<KpiResult>): KpiResult => ({
  metric: 'openRate',
  label: '打开率',
  unit: 'rate',
  comparison: 'atLeast',
  comparisonLabel: '不低于',
  target: 4,
  period: 'campaign',
  periodLabel: '活动期间合计',
  scopeLabel: null,
  value: 5.2,
  status: 'met',
  statusLabel: '达成',
  progress: 1.3,
  trend: [
    { date: '2026-11-03', value: 5.2 },
    { date: '2026-11-04', value: null },
  ],
  trendUnit: 'day',
  cumulative: false,
  notes: [],
  ...overrides,
})

describe('kpiChartOption', () => {
  it('draws the days with a value and the target of a rate', () => {
    const option = kpiChartOption(kpi({}))
    assert.equal(countSeriesPoints(option), 1)
    const [series] = Array.isArray(option.series) ? option.series : []
    assert.deepEqual(series?.markLine?.data, [{ yAxis: 4 }])
  })

  it('leaves the target off a monthly sum drawn per week, and draws weeks as bars', () => {
    const option = kpiChartOption(kpi({ metric: 'readers', unit: 'people', period: 'month', trendUnit: 'week', target: 10_000 }))
    const [series] = Array.isArray(option.series) ? option.series : []
    assert.equal(series?.type, 'bar')
    assert.equal(series?.markLine, undefined)
  })
})

describe('kpiText', () => {
  it('says the unit of each value', () => {
    assert.equal(formatKpiValue({ value: 5.2, unit: 'rate' }), '5.2%')
    assert.equal(formatKpiValue({ value: 12345, unit: 'people' }), '12,345 人')
    assert.equal(formatKpiValue({ value: null, unit: 'count' }), '—')
    assert.equal(progressPercent(1.3), 100)
  })
})
