'use client'
import { reviewStateLabel } from '../labels'
import { DELIVERABLE_STATUS_LABELS } from '../../planning/deliverableStatus'
import type { DeliverableSummary } from './deliverableStatus'
import { cell, danger } from './tableStyle'

const STATE_STYLE = { done: { color: 'var(--theme-success-500)' }, late: danger, open: {} } as const

/** 交付清单 at a glance: each deliverable with its owner, due day, item and whether it is done or late. */
export function DeliverablesTable({ summary }: { summary: DeliverableSummary }) {
  if (summary.rows.length === 0)
    return <p style={{ opacity: 0.7 }}>还没有交付物：在上方「交付清单」里添加，每项写明负责人、截止日期和对应内容。</p>
  return (
    <div data-testid="deliverables-summary">
      <p style={{ fontSize: 13, margin: '0 0 6px' }}>
        共 {summary.rows.length} 项：已完成 {summary.done}，进行中 {summary.open}
        {summary.late > 0 ? <span style={danger}>，已逾期 {summary.late}</span> : null}
      </p>
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
        <thead>
          <tr style={{ opacity: 0.7 }}>
            <th style={cell}>交付物</th>
            <th style={cell}>负责人</th>
            <th style={cell}>截止</th>
            <th style={cell}>对应内容</th>
            <th style={cell}>状态</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row, index) => (
            <tr key={index} data-deliverable-state={row.state}>
              <td style={cell}>{row.title}</td>
              <td style={cell}>{row.ownerName ?? '未指定'}</td>
              <td style={cell}>{row.dueDay ?? '—'}</td>
              <td style={cell}>
                {row.item ? (
                  <a href={`/admin/collections/${row.item.relationTo}/${encodeURIComponent(String(row.item.id))}`}>
                    {row.item.title ?? `#${row.item.id}`}
                    {row.item.status ? `（${reviewStateLabel(row.item.status)}）` : ''}
                  </a>
                ) : (
                  '未关联'
                )}
              </td>
              <td style={{ ...cell, ...STATE_STYLE[row.state] }}>{DELIVERABLE_STATUS_LABELS[row.state].zh}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
