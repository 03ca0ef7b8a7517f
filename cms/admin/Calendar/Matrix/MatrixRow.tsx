'use client'
import { useState } from 'react'
import { cellKey, type MatrixRow as Row } from '../../../calendar/matrixGrid'
import { TopicSlotChip } from '../topics/TopicSlotChip'
import { TOPIC_DRAG_TYPE } from '../topics/useTopicPlacing'
import { type CalendarSlotView, isTopicSlot } from '../useCalendarData'
import { MatrixChip } from './MatrixChip'
import { type CadenceGapMap, cadenceGapKey } from './useCadenceGaps'
import type { useMatrixMove } from './useMatrixMove'

export const LABEL_WIDTH = 200
const REFUSED = 'repeating-linear-gradient(135deg, transparent 0 6px, var(--theme-elevation-100) 6px 8px)'

/**
 * One account's days. While a slot is dragged, the row says whether it takes it (`data-drop-target`):
 * only accounts of the slot's platform do; the others are hatched and take no drop. A 选题 from the tray
 * may be dropped on any day (the server refuses an account outside its targets). Each day says how
 * many posts its rhythm still misses (差 N).
 */
export function MatrixRow(props: {
  row: Row<{ id: string | number; name: string; platform: string }>
  platformLabel: string
  days: readonly string[]
  today: string
  cells: ReadonlyMap<string, CalendarSlotView[]>
  emptyDays: number
  timeZone: string
  canMove: boolean
  move: ReturnType<typeof useMatrixMove>
  gaps: CadenceGapMap
  onTopicDrop?: (drop: { topicId: string; date: string; accountId: string | number }) => void
}) {
  const { row, move } = props
  const [over, setOver] = useState<string | null>(null)
  const accepts = move.dragging ? move.dragging.platform === row.platform : null
  return (
    <tr
      data-testid={`matrix-row-${row.key}`}
      data-platform={row.platform}
      data-drop-target={accepts === null ? undefined : String(accepts)}
      onDragEnter={() => accepts === false && move.refuseHere(row.platform)}
      style={{ opacity: accepts === false ? 0.45 : 1, cursor: accepts === false ? 'not-allowed' : undefined }}
    >
      <th
        scope="row"
        style={{
          position: 'sticky',
          left: 0,
          zIndex: 1,
          padding: '4px 8px',
          textAlign: 'left',
          fontWeight: 400,
          background: 'var(--theme-bg)',
          borderBottom: '1px solid var(--theme-elevation-100)',
          borderRight: '1px solid var(--theme-elevation-150)',
        }}
      >
        <div
          title={`${props.platformLabel} · ${row.account.name}`}
          style={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {props.platformLabel} · {row.account.name}
        </div>
        <div data-empty-days={props.emptyDays} style={{ fontSize: 11, opacity: 0.7 }}>
          {props.emptyDays > 0 ? `空 ${props.emptyDays} 天` : '每天都有排期'}
        </div>
      </th>
      {props.days.map((day) => {
        const entries = props.cells.get(cellKey(row.key, day)) ?? []
        const empty = entries.length === 0
        const gap = props.gaps.get(cadenceGapKey(row.account.id, day)) ?? 0
        return (
          <td
            key={day}
            data-testid={`matrix-cell-${row.key}-${day}`}
            data-empty={String(empty)}
            onDragOver={(event) => {
              const topic = props.onTopicDrop !== undefined && event.dataTransfer.types.includes(TOPIC_DRAG_TYPE)
              if (!accepts && !topic) return
              event.preventDefault()
              event.dataTransfer.dropEffect = topic ? 'copy' : 'move'
              if (over !== day) setOver(day)
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(event) => {
              event.preventDefault()
              setOver(null)
              const topicId = event.dataTransfer.getData(TOPIC_DRAG_TYPE)
              if (topicId) return props.onTopicDrop?.({ topicId, date: day, accountId: row.account.id })
              void move.drop({ accountId: row.account.id, platform: row.platform, date: day, name: row.account.name })
            }}
            style={{
              verticalAlign: 'top',
              height: 44,
              padding: 2,
              borderBottom: '1px solid var(--theme-elevation-100)',
              borderRight: '1px solid var(--theme-elevation-100)',
              background:
                over === day
                  ? 'var(--theme-success-100, #d9f7be)'
                  : accepts === false
                    ? REFUSED
                    : empty
                      ? 'var(--theme-elevation-50)'
                      : day === props.today
                        ? 'var(--theme-elevation-0)'
                        : undefined,
              outline: day === props.today ? '1px solid var(--theme-elevation-250)' : undefined,
            }}
          >
            {entries.map((entry) =>
              isTopicSlot(entry) ? (
                <TopicSlotChip
                  key={entry.id}
                  entry={entry}
                  timeZone={props.timeZone}
                  testId={`matrix-entry-${entry.id}`}
                  draggable={props.canMove}
                  onDragStart={() => move.start(entry)}
                  onDragEnd={move.end}
                />
              ) : (
                <MatrixChip
                  key={entry.id}
                  entry={entry}
                  timeZone={props.timeZone}
                  draggable={props.canMove}
                  onDragStart={() => move.start(entry)}
                  onDragEnd={move.end}
                />
              ),
            )}
            {gap > 0 && (
              <div data-cadence-gap={cadenceGapKey(row.account.id, day)} style={{ fontSize: 11, color: '#d48806' }}>
                差 {gap}
              </div>
            )}
          </td>
        )
      })}
    </tr>
  )
}
