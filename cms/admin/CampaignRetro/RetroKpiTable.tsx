import type { KpiResult } from '../../analytics/targets/replies'
import { formatKpiValue, StatusBadge, targetText } from '../CampaignResults/kpiText'
import { CELL, MUTED, TABLE } from './retroStyles'

/** Each KPI line: 目标 against 结果 and 达成 / 未达成, as the campaign results code judges it. */
export function RetroKpiTable({ kpis }: { kpis: readonly KpiResult[] }) {
  if (kpis.length === 0) return <p style={MUTED}>这个活动没有设置 KPI 目标。</p>
  return (
    <table data-testid="retro-kpis" style={TABLE}>
      <thead>
        <tr style={MUTED}>
          <th style={CELL}>指标</th>
          <th style={CELL}>范围</th>
          <th style={CELL}>目标</th>
          <th style={CELL}>结果</th>
          <th style={CELL}>是否达成</th>
        </tr>
      </thead>
      <tbody>
        {kpis.map((kpi, index) => (
          <tr key={index} data-retro-kpi={index} data-kpi-metric={kpi.metric}>
            <td style={CELL}>{kpi.label}</td>
            <td style={CELL}>{kpi.scopeLabel ?? '全部渠道'}</td>
            <td style={CELL}>{targetText(kpi)}</td>
            <td style={CELL}>
              {formatKpiValue({ value: kpi.value, unit: kpi.unit })}
              {kpi.notes.length > 0 ? <div style={{ ...MUTED, fontSize: 12 }}>{kpi.notes.join('；')}</div> : null}
            </td>
            <td style={CELL}>
              <StatusBadge kpi={kpi} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
