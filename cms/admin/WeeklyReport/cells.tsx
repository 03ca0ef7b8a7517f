import { cellText, type ReportCell } from '../../analytics/weeklyReport/reportCells'

/** A figure with last week's change under it (较上周 …), or — when nobody reported it. */
export function Figure(args: { value: ReportCell; change?: ReportCell }) {
  return (
    <td className="weekly-report__figure">
      <div>{cellText(args.value, { empty: '—', grouped: true })}</div>
      {args.change && args.change.value !== null && (
        <div className={`weekly-report__change weekly-report__change--${Number(args.change.value) >= 0 ? 'up' : 'down'}`}>
          较上周 {cellText(args.change)}
        </div>
      )}
    </td>
  )
}
