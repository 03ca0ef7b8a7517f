'use client'
import { PLATFORM_PROFILES, isPlatformId } from '../../../../lib/platforms'
import { timeOf } from '../../../calendar/calendarGrid'
import type { TopicSlotView } from '../useCalendarData'
import { useCalendarViewer } from './CalendarViewer'
import { StartWriting } from './StartWriting'

const WAITING = '#d48806'

/**
 * A slot a 选题 holds before its draft exists: 「选题：标题 · 待写稿」, dragged like any slot to another
 * time; its owner, editors and admins start the draft from here (开始写作).
 */
export function TopicSlotChip(props: {
  entry: TopicSlotView
  timeZone: string
  draggable: boolean
  /** The calendar by account names its chips by test id and follows the drag itself. */
  testId?: string
  onDragStart?: () => void
  onDragEnd?: () => void
}) {
  const { entry } = props
  const viewer = useCalendarViewer()
  const topic = typeof entry.topic === 'object' ? entry.topic : null
  const topicId = typeof entry.topic === 'object' ? entry.topic.id : entry.topic
  const title = topic?.title ?? '（选题已删除或不可见）'
  const ownerId = topic && typeof topic.owner === 'object' && topic.owner ? topic.owner.id : topic?.owner
  const canStart = topic !== null && viewer !== null && (viewer.editorial || String(ownerId) === String(viewer.id))
  const platform = entry.account?.platform ?? null
  const mark = platform && isPlatformId(platform) ? PLATFORM_PROFILES[platform].shortLabel.zh.slice(0, 1) : '?'
  return (
    <div
      data-entry-id={String(entry.id)}
      data-entry-topic={String(topicId)}
      data-entry-state={entry.state}
      data-testid={props.testId}
      draggable={props.draggable}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/entry-id', String(entry.id))
        event.dataTransfer.effectAllowed = 'move'
        props.onDragStart?.()
      }}
      onDragEnd={props.onDragEnd}
      title={`选题：${title} · 待写稿 · ${entry.account?.name ?? ''}`}
      style={{
        margin: '2px 0',
        padding: '2px 4px',
        fontSize: 12,
        lineHeight: 1.4,
        borderRadius: 3,
        border: `1px dashed ${WAITING}`,
        borderLeft: `4px solid ${entry.campaign?.color ?? WAITING}`,
        background: `${WAITING}14`,
        cursor: props.draggable ? 'grab' : 'default',
        overflow: 'hidden',
      }}
    >
      <div style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        <strong>{timeOf({ at: entry.publishAt, timeZone: props.timeZone })}</strong>{' '}
        <span style={{ border: '1px solid currentColor', borderRadius: 2, padding: '0 2px' }}>{mark}</span>{' '}
        <span data-entry-title>
          选题：{title} · <span style={{ color: WAITING }}>待写稿</span>
        </span>
      </div>
      {canStart && <StartWriting topicId={topicId} title={title} platform={platform} />}
    </div>
  )
}
