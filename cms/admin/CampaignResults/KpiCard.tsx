'use client'
import { useMemo } from 'react'
import type { KpiResult } from '../../analytics/targets/replies'
import { EChart } from '../Charts/EChart'
import { kpiChartOption } from './kpiChartOption'
import { formatKpiValue, progressPercent, STATUS_COLORS, StatusBadge, targetText } from './kpiText'

/** One KPI line: 指标, 目标, 实际, 达成/未达成 and the progress towards the target, over its trend. */
export function KpiCard({ kpi, index }: { kpi: KpiResult; index: number }) {
  const option = useMemo(() => kpiChartOption(kpi), [kpi])
  return (
    <div
      data-testid={`campaign-kpi-${index}`}
      data-kpi-metric={kpi.metric}
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, minWidth: 0 }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 8 }}>
        <strong>
          {kpi.label}
          {kpi.scopeLabel ? <span style={{ fontWeight: 400, opacity: 0.7 }}>（{kpi.scopeLabel}）</span> : null}
        </strong>
        <StatusBadge kpi={kpi} />
      </div>
      <div style={{ display: 'flex', gap: 24, margin: '8px 0', fontSize: 13 }}>
        <div>
          <div style={{ opacity: 0.6 }}>目标</div>
          <div>{targetText(kpi)}</div>
        </div>
        <div>
          <div style={{ opacity: 0.6 }}>实际</div>
          <div data-kpi-value style={{ fontSize: 20, fontWeight: 600 }}>
            {formatKpiValue({ value: kpi.value, unit: kpi.unit })}
          </div>
        </div>
      </div>
      <div
        role="progressbar"
        aria-label={`${kpi.label}完成度`}
        aria-valuenow={Math.round(progressPercent(kpi.progress))}
        aria-valuemin={0}
        aria-valuemax={100}
        style={{ height: 6, borderRadius: 3, background: 'var(--theme-elevation-100)', overflow: 'hidden' }}
      >
        <div style={{ width: `${progressPercent(kpi.progress)}%`, height: '100%', background: STATUS_COLORS[kpi.status] }} />
      </div>
      <div style={{ fontSize: 12, opacity: 0.7, margin: '4px 0' }}>
        {kpi.progress === null
          ? '暂无数据'
          : `完成度 ${Math.round(kpi.progress * 100)}%${kpi.comparison === 'atMost' ? '（不高于目标为达成）' : ''}`}
      </div>
      {kpi.notes.map((note) => (
        <div key={note} style={{ fontSize: 12, color: 'var(--theme-warning-600, #d48806)' }}>
          {note}
        </div>
      ))}
      <EChart option={option} testId={`campaign-kpi-chart-${index}`} height={180} label={`${kpi.label}趋势`} emptyText="活动期间暂无数据" />
    </div>
  )
}
