import type { LastYearReply } from '../../../collections/Festivals/endpoints/lastYearReply'
import { zonedDate } from '../../../../lib/zonedTime'
import { platformLabel } from '../../labels'

const accountText = (account: LastYearReply['published'][number]['account']) =>
  account ? `${platformLabel(account.platform)} · ${account.name}` : ''

/** Last time's items: what went out (with the post link) and what was slotted, each opening in the admin. */
export function LastYearItems(props: { reply: LastYearReply; timeZone: string }) {
  const { published, slotted, lastYear } = props.reply
  // The team's day of an instant, as the calendar shows it.
  const dayOf = (iso: string) => (iso ? zonedDate({ at: new Date(iso), timeZone: props.timeZone }) : '')
  if (!lastYear) return null
  if (published.length === 0 && slotted.length === 0)
    return (
      <p style={{ opacity: 0.75 }}>
        去年这段时间（{lastYear.from} 至 {lastYear.to}）没有发布或排期的内容。
      </p>
    )
  return (
    <div>
      {published.length > 0 && (
        <>
          <div style={{ fontWeight: 600, marginTop: 8 }}>已发布（{published.length}）</div>
          <ul data-testid="last-year-published" style={{ margin: '4px 0', paddingLeft: 18 }}>
            {published.map((row) => (
              <li key={String(row.delivery)} data-delivery-id={String(row.delivery)}>
                {dayOf(row.publishedAt)} {row.item ? <a href={row.item.adminUrl}>{row.item.title || '（无标题）'}</a> : '（内容已删除）'}
                <span style={{ opacity: 0.75, marginLeft: 8 }}>{accountText(row.account)}</span>
                {row.url && (
                  <a href={row.url} target="_blank" rel="noreferrer" style={{ marginLeft: 8 }}>
                    查看原文
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {slotted.length > 0 && (
        <>
          <div style={{ fontWeight: 600, marginTop: 8 }}>已排期（{slotted.length}）</div>
          <ul data-testid="last-year-slotted" style={{ margin: '4px 0', paddingLeft: 18 }}>
            {slotted.map((row) => (
              <li key={String(row.entry)} data-entry-id={String(row.entry)}>
                {dayOf(row.publishAt)} <a href={row.adminUrl}>{row.item?.title || row.label || '（未填内容的排期）'}</a>
                <span style={{ opacity: 0.75, marginLeft: 8 }}>{accountText(row.account)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
