'use client'
import { METRIC_SOURCE_LABELS } from '../../../lib/analytics/metricNames'
import { fieldLabel, fieldUnit, type MetricRowView, reportedFields, sortRows } from './metricDayModel'
import { ScriptButton } from '../ScriptControls'

type Props = {
  rows: MetricRowView[]
  articles: { position: number; title: string }[]
  onPick: (row: MetricRowView) => void
}

const cell = {
  padding: '4px 8px',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'right' as const,
  whiteSpace: 'nowrap' as const,
}

/** The delivery's numbers by day (and by article for a 多图文 push), newest first; 修改 opens the day in the form. */
export function MetricDayTable({ rows, articles, onPick }: Props) {
  if (rows.length === 0) return <div style={{ fontSize: 13, opacity: 0.75 }}>还没有数据。</div>
  const fields = reportedFields(rows)
  const bundle = articles.length > 1
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', fontSize: 13, width: '100%' }}>
        <thead>
          <tr>
            <th style={{ ...cell, textAlign: 'left' }}>日期</th>
            {bundle && <th style={{ ...cell, textAlign: 'left' }}>篇</th>}
            {fields.map((field) => (
              <th key={field} style={cell}>
                {fieldLabel(field)}
                <div style={{ fontSize: 11, fontWeight: 400, opacity: 0.6 }}>{fieldUnit(field)}</div>
              </th>
            ))}
            <th style={{ ...cell, textAlign: 'left' }}>来源</th>
            <th style={cell} />
          </tr>
        </thead>
        <tbody>
          {sortRows(rows).map((row) => (
            <tr key={String(row.id)}>
              <td style={{ ...cell, textAlign: 'left' }}>{row.date}</td>
              {bundle && (
                <td style={{ ...cell, textAlign: 'left' }} title={articles.find((a) => a.position === (row.position ?? 1))?.title}>
                  第 {row.position ?? 1} 篇
                </td>
              )}
              {fields.map((field) => (
                <td key={field} style={cell}>
                  {formatValue(row[field], field === 'completionRate')}
                </td>
              ))}
              <td style={{ ...cell, textAlign: 'left' }}>
                {METRIC_SOURCE_LABELS[row.source].zh}
                {row.final === false && <span style={{ color: 'var(--theme-warning-500)' }}>（平台延迟，待更新）</span>}
              </td>
              <td style={cell}>
                <ScriptButton className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => onPick(row)}>
                  修改
                </ScriptButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function formatValue(value: number | null | undefined, rate: boolean): string {
  if (typeof value !== 'number') return '—'
  return rate ? `${Math.round(value * 1000) / 10}%` : value.toLocaleString('zh-CN')
}
