'use client'
import { timeOf } from '../../../calendar/calendarGrid'
import { titleOrUntitled } from '../../../review/untitledDraft'
import { entryStateOf } from '../entryStates'
import type { CalendarEntryView } from '../useCalendarData'

/** One slot in an account's day: time and title, coloured by its state; dragged to another day or account. */
export function MatrixChip(props: {
  entry: CalendarEntryView
  timeZone: string
  draggable: boolean
  onDragStart: () => void
  onDragEnd: () => void
}) {
  const { entry } = props
  const state = entryStateOf(entry.state)
  const content = typeof entry.content.value === 'object' ? entry.content.value : null
  const contentId = content ? content.id : entry.content.value
  const title = entry.title || titleOrUntitled(content?.title)
  const time = timeOf({ at: entry.publishAt, timeZone: props.timeZone })
  return (
    <a
      href={`/admin/collections/${entry.content.relationTo}/${contentId}`}
      data-testid={`matrix-entry-${entry.id}`}
      data-entry-state={entry.state}
      draggable={props.draggable}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/entry-id', String(entry.id))
        event.dataTransfer.effectAllowed = 'move'
        props.onDragStart()
      }}
      onDragEnd={props.onDragEnd}
      title={`${time} ${title} · ${state.label}${entry.campaign ? ` · ${entry.campaign.name}` : ''}`}
      style={{
        display: 'block',
        margin: '2px 0',
        padding: '2px 4px',
        fontSize: 12,
        lineHeight: 1.4,
        borderRadius: 3,
        borderLeft: `4px solid ${state.color}`,
        background: `${state.color}1a`,
        color: 'inherit',
        textDecoration: 'none',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        cursor: props.draggable ? 'grab' : 'pointer',
      }}
    >
      <strong>{time}</strong> {title} <span style={{ color: state.color }}>· {state.label}</span>
    </a>
  )
}
