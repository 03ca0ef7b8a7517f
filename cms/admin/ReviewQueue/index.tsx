import { ageLabel } from '../Home/ageLabel'
import { CONTENT_KIND_LABEL, itemHref, slotTime } from '../Home/display'
import type { ReviewRow } from '../Home/homeTypes'

/** 待我审核 rows: the item (linked), who submitted it, how long it has waited, and when it is due on the calendar. */
export function ReviewQueue(args: { rows: ReviewRow[]; now: Date; timeZone: string }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {args.rows.map((row) => (
        <li key={`${row.collection}-${row.id}`} data-testid="home-review-item" style={{ marginBottom: 6 }}>
          <a href={itemHref(row)}>
            [{CONTENT_KIND_LABEL[row.collection]}] {row.title}
          </a>
          <div style={{ fontSize: 13, opacity: 0.8 }}>
            <span data-testid="home-review-submitter">{row.submitter ?? '未知'}</span> 提交于{' '}
            <span data-testid="home-review-age" title={slotTime({ at: row.submittedAt, timeZone: args.timeZone })}>
              {ageLabel({ at: row.submittedAt, now: args.now })}
            </span>
            {row.due ? ` · 最早排期 ${slotTime({ at: row.due, timeZone: args.timeZone })}` : ' · 尚未排期'}
          </div>
        </li>
      ))}
    </ul>
  )
}
