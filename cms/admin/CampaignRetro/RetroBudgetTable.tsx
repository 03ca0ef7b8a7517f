import type { RetroPage } from '../../planning/retro/retroPage'
import { CELL, MUTED, TABLE, yuan } from './retroStyles'

/** Planned against spent per category, with the difference and the totals. */
export function RetroBudgetTable({ budget }: { budget: RetroPage['budget'] }) {
  if (budget.rows.length === 0) return <p style={MUTED}>这个活动没有填写预算。</p>
  const over = (planned: number, spent: number) => (spent > planned ? { color: '#cf1322' } : undefined)
  return (
    <table data-testid="retro-budget" style={TABLE}>
      <thead>
        <tr style={MUTED}>
          <th style={CELL}>类别</th>
          <th style={CELL}>计划</th>
          <th style={CELL}>已花</th>
          <th style={CELL}>差额</th>
        </tr>
      </thead>
      <tbody>
        {[...budget.rows, { category: 'total', label: '合计', ...budget.total }].map((row) => (
          <tr key={row.category} data-budget-category={row.category} style={row.category === 'total' ? { fontWeight: 600 } : undefined}>
            <td style={CELL}>{row.label}</td>
            <td style={CELL}>{yuan(row.planned)}</td>
            <td style={{ ...CELL, ...over(row.planned, row.spent) }}>{yuan(row.spent)}</td>
            <td style={{ ...CELL, ...over(row.planned, row.spent) }}>
              {row.spent > row.planned ? `超支 ${yuan(row.spent - row.planned)}` : `结余 ${yuan(row.planned - row.spent)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
