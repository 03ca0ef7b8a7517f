import { platformLabel } from '../labels'
import { CONTENT_KIND_LABEL, slotTime } from './display'
import type { OperatorHandoffRow } from './homeTypes'

/** Hand-offs waiting for the operator, each opening its package page; late ones say 已超时 in red. */
export function HandoffList(args: { rows: OperatorHandoffRow[]; timeZone: string }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {args.rows.map((row) => (
        <li key={row.id} data-testid="home-handoff" data-late={row.late ? 'true' : 'false'} style={{ marginBottom: 6 }}>
          <a href={`/admin/handoff/${row.id}`}>
            {row.item ? `[${CONTENT_KIND_LABEL[row.item.collection]}] ${row.item.title || '（无标题）'}` : '（内容已删除）'}
          </a>
          {' · '}
          {row.platform ? `${platformLabel(row.platform)}「${row.accountName}」` : row.accountName}
          {row.dueAt && <span style={{ marginLeft: 8, opacity: 0.75 }}>{slotTime({ at: row.dueAt, timeZone: args.timeZone })}</span>}
          {row.late && <strong style={{ marginLeft: 8, color: '#cf1322' }}>已超时</strong>}
        </li>
      ))}
    </ul>
  )
}
