'use client'
import type { Lang, MeetingTopic } from './meetingTopic'
import { dayHeading, MEETING_TEXT } from './meetingText'
import type { RowMove } from './rowMoves'
import { TopicRow } from './TopicRow'

export type RowProps = {
  lang: Lang
  timeZone: string
  canApprove: boolean
  errors: Record<string, string>
  busy: Set<string>
  onMove: (args: { id: MeetingTopic['id']; to: RowMove }) => Promise<void>
}

const COLUMNS = ['title', 'pillar', 'source', 'owner', 'accounts', 'due', 'state'] as const

/** One day's topics (or, with day null, the ideas without a due date, shown only when there are some). */
export function DayTable({ day, topics, ...rows }: RowProps & { day: string | null; topics: MeetingTopic[] }) {
  const { lang } = rows
  if (day === null && topics.length === 0) return null
  return (
    <section data-meeting-day={day ?? 'undated'} style={{ margin: '16px 0' }}>
      <h3 style={{ margin: '0 0 6px' }}>
        {day === null ? MEETING_TEXT.undated[lang] : dayHeading({ day, lang })}
        {day === null && (
          <span style={{ marginLeft: 8, fontSize: 13, fontWeight: 400, color: 'var(--theme-elevation-500)' }}>
            {MEETING_TEXT.undatedNote[lang]}
          </span>
        )}
      </h3>
      {topics.length === 0 ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-400)' }}>{MEETING_TEXT.emptyDay[lang]}</p>
      ) : (
        <table style={{ width: '100%', fontSize: 14, borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ borderBottom: '1px solid var(--theme-elevation-150)' }}>
              {COLUMNS.map((column) => (
                <th key={column} align="left" style={{ padding: '4px 8px 4px 0', fontWeight: 500 }}>
                  {MEETING_TEXT.columns[column][lang]}
                </th>
              ))}
              {rows.canApprove && <th />}
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <TopicRow key={topic.id} topic={topic} {...rows} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
