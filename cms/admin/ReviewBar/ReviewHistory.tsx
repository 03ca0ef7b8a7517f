'use client'
import type { ReviewState } from '../../workflow/reviewStates'
import { reviewEventLabel, reviewStateLabel } from '../labels'
import { useTeamTimezone } from '../useTeamTimezone'

/** `title` is the item's title when the entry was written (newest first). */
export type HistoryEntry = {
  event: string
  from: ReviewState
  to: ReviewState
  at: string
  by: string | null
  comment: string | null
  acknowledge: string | null
  title: string | null
}

export function ReviewHistory({ entries }: { entries: HistoryEntry[] }) {
  const timeZone = useTeamTimezone()
  if (entries.length === 0) return null
  const newestTitle = entries[0]?.title
  return (
    <ol style={{ listStyle: 'none', padding: 0, marginTop: 12, fontSize: 12 }}>
      {entries.map((entry, index) => (
        <li key={index} style={{ borderTop: '1px solid var(--theme-elevation-100)', padding: '6px 0' }}>
          <div>
            <strong>{reviewEventLabel(entry.event)}</strong> · {reviewStateLabel(entry.from)} → {reviewStateLabel(entry.to)}
          </div>
          <div style={{ opacity: 0.7 }}>
            {entry.by ?? '系统'} · {new Date(entry.at).toLocaleString('zh-CN', { hour12: false, timeZone })}
          </div>
          {entry.title && entry.title !== newestTitle && <div>当时的标题：《{entry.title}》</div>}
          {entry.comment && <div>意见：{entry.comment}</div>}
          {entry.acknowledge && <div>风险确认：{entry.acknowledge}</div>}
        </li>
      ))}
    </ol>
  )
}
