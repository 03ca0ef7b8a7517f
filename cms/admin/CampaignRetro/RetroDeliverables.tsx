import type { RetroDeliverable } from '../../planning/retro/retroPage'
import { CELL, MUTED, TABLE } from './retroStyles'

const STATUS_COLORS: Record<RetroDeliverable['status'], string> = {
  done: '#389e0d',
  late: '#cf1322',
  open: '#1677ff',
}

/** The checklist: how many rows were done, how many ran late, and each row with its item. */
export function RetroDeliverables({ rows }: { rows: readonly RetroDeliverable[] }) {
  if (rows.length === 0) return <p style={MUTED}>这个活动没有交付清单。</p>
  const done = rows.filter((row) => row.status === 'done').length
  const late = rows.filter((row) => row.status === 'late').length
  return (
    <>
      <p data-testid="retro-deliverables-summary" style={{ margin: '0 0 8px' }}>
        共 {rows.length} 项：已完成 {done} 项，已逾期 {late} 项
      </p>
      <table data-testid="retro-deliverables" style={TABLE}>
        <thead>
          <tr style={MUTED}>
            <th style={CELL}>交付物</th>
            <th style={CELL}>负责人</th>
            <th style={CELL}>截止日期</th>
            <th style={CELL}>对应内容</th>
            <th style={CELL}>状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} data-deliverable-status={row.status}>
              <td style={CELL}>{row.title}</td>
              <td style={CELL}>{row.ownerName ?? '—'}</td>
              <td style={CELL}>{row.dueDay ?? '—'}</td>
              <td style={CELL}>
                {row.item ? (
                  <a href={`/admin/collections/${row.item.relationTo}/${encodeURIComponent(String(row.item.id))}`}>
                    {row.item.title || '（无标题）'}
                  </a>
                ) : (
                  '—'
                )}
              </td>
              <td style={{ ...CELL, color: STATUS_COLORS[row.status] }}>{row.statusLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
