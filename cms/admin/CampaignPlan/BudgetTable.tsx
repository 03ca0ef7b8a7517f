'use client'
import { BUDGET_APPROVAL_LABELS } from '../../planning/planningLabels'
import { budgetLineName, formatYuan, type BudgetLine } from '../../planning/budgetRule'
import type { BudgetTotals } from './budgetTotals'
import { cell, danger, number, warning } from './tableStyle'
import { ScriptButton } from '../ScriptControls'

type Decide = (args: { rowId: string; approval: 'approved' | 'rejected' }) => void

/** 计划 against 已花 per category and in total, then each line that waits for an admin (with 批准 / 不批准 for admins). */
export function BudgetTable(props: {
  totals: BudgetTotals
  threshold: number
  canDecide: boolean
  busyRow: string | null
  onDecide: Decide
}) {
  const { totals } = props
  return (
    <div data-testid="budget-summary-table">
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
        <thead>
          <tr style={{ opacity: 0.7 }}>
            <th style={cell}>类别</th>
            <th style={number}>计划</th>
            <th style={number}>已花</th>
            <th style={number}>剩余</th>
          </tr>
        </thead>
        <tbody>
          {[
            ...totals.rows.map((row) => ({ key: row.category, name: row.label, ...row })),
            { key: 'total', name: '合计', ...totals.total },
          ].map((row) => (
            <tr key={row.key} data-budget-category={row.key} style={row.key === 'total' ? { fontWeight: 600 } : undefined}>
              <td style={cell}>{row.name}</td>
              <td style={number}>{formatYuan(row.planned)}</td>
              <td style={{ ...number, ...(row.over ? danger : {}) }}>{formatYuan(row.spent)}</td>
              <td style={{ ...number, ...(row.over ? danger : {}) }}>
                {row.over ? `超支 ${formatYuan(row.spent - row.planned)}` : formatYuan(row.planned - row.spent)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ fontSize: 12, opacity: 0.7, margin: '6px 0' }}>
        单项计划超过 {formatYuan(props.threshold)} 需管理员批准，批准前不能记录已花金额。
      </p>
      {totals.pending.length > 0 ? <PendingLines {...props} lines={totals.pending} /> : null}
    </div>
  )
}

function PendingLines(props: { lines: BudgetLine[]; canDecide: boolean; busyRow: string | null; onDecide: Decide }) {
  return (
    <div style={{ ...warning, padding: '8px 12px', borderRadius: 4, margin: '8px 0' }} data-testid="budget-pending">
      <strong>{BUDGET_APPROVAL_LABELS.pending.zh}</strong>
      <ul style={{ margin: '6px 0 0', paddingLeft: 18 }}>
        {props.lines.map((line) => (
          <li key={String(line.id)} data-budget-pending={String(line.id)} style={{ margin: '4px 0' }}>
            {budgetLineName(line)} · 计划 {formatYuan(line.planned)}
            {props.canDecide && line.id ? (
              <span style={{ marginLeft: 12, display: 'inline-flex', gap: 6 }}>
                <ScriptButton
                  disabled={props.busyRow !== null}
                  onClick={() => props.onDecide({ rowId: String(line.id), approval: 'approved' })}
                >
                  批准
                </ScriptButton>
                <ScriptButton
                  disabled={props.busyRow !== null}
                  onClick={() => props.onDecide({ rowId: String(line.id), approval: 'rejected' })}
                >
                  不批准
                </ScriptButton>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {props.canDecide ? null : <p style={{ fontSize: 12, margin: '6px 0 0' }}>已通知管理员；批准后即可记录已花金额。</p>}
    </div>
  )
}
