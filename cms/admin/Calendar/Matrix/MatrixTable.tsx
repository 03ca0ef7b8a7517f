'use client'
import { useMemo } from 'react'
import { dayOf } from '../../../calendar/calendarGrid'
import { holidaysBetween } from '../../../calendar/holidays'
import { emptyDayCount, type MatrixGroup, type MatrixRange, placeEntries } from '../../../calendar/matrixGrid'
import type { CalendarSlotView } from '../useCalendarData'
import type { CadenceGapMap } from './useCadenceGaps'
import { LABEL_WIDTH, MatrixRow } from './MatrixRow'
import type { useMatrixMove } from './useMatrixMove'
import type { MatrixAccountView } from './usePlatformAccounts'

const MONTH_DAY_WIDTH = 88
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']
const weekdayOf = (day: string) => WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]

/** Accounts down, days across: a header of days (节日 in red), then each platform's accounts under its name. */
export function MatrixTable(props: {
  groups: MatrixGroup<MatrixAccountView>[]
  days: string[]
  range: MatrixRange
  today: string
  timeZone: string
  canMove: boolean
  move: ReturnType<typeof useMatrixMove>
  gaps: CadenceGapMap
  onTopicDrop?: (drop: { topicId: string; date: string; accountId: string | number }) => void
}) {
  const { days, timeZone, move } = props
  const holidays = useMemo(
    () => new Map(holidaysBetween({ from: days[0], to: days[days.length - 1] }).map((h) => [h.date, h.name])),
    [days],
  )
  const cells = useMemo(
    () =>
      placeEntries({
        entries: move.entries,
        accountOf: (entry: CalendarSlotView) => (entry.account ? String(entry.account.id) : null),
        dayOf: (entry) => dayOf({ at: entry.publishAt, timeZone }),
      }),
    [move.entries, timeZone],
  )
  // A week fills the page; a month's 28–31 days keep a readable width and scroll sideways.
  const tableWidth = props.range === 'week' ? '100%' : LABEL_WIDTH + days.length * MONTH_DAY_WIDTH
  return (
    <div style={{ overflowX: 'auto', border: '1px solid var(--theme-elevation-150)' }}>
      <table data-testid="matrix-view" style={{ borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', width: tableWidth }}>
        <thead>
          <tr>
            <th
              style={{
                position: 'sticky',
                left: 0,
                zIndex: 2,
                width: LABEL_WIDTH,
                background: 'var(--theme-bg)',
                textAlign: 'left',
                padding: '4px 8px',
              }}
            >
              账号
            </th>
            {days.map((day) => (
              <th
                key={day}
                data-day={day}
                style={{
                  padding: 4,
                  fontSize: 12,
                  fontWeight: day === props.today ? 700 : 500,
                  borderBottom: '1px solid var(--theme-elevation-150)',
                  background: day === props.today ? 'var(--theme-elevation-100)' : undefined,
                }}
              >
                {Number(day.slice(5, 7))}/{Number(day.slice(8))} 周{weekdayOf(day)}
                {holidays.get(day) && <div style={{ color: '#cf1322' }}>{holidays.get(day)}</div>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.groups.map((group) => [
            <tr key={`group-${group.platform}`} data-platform-group={group.platform}>
              <th
                colSpan={days.length + 1}
                style={{ textAlign: 'left', padding: '6px 8px', background: 'var(--theme-elevation-100)', fontSize: 13 }}
              >
                {group.label} · {group.rows.length} 个账号
              </th>
            </tr>,
            ...group.rows.map((row) => (
              <MatrixRow
                key={row.key}
                row={row}
                platformLabel={group.label}
                days={days}
                today={props.today}
                cells={cells}
                emptyDays={emptyDayCount({ accountKey: row.key, days, cells })}
                timeZone={timeZone}
                canMove={props.canMove}
                move={move}
                gaps={props.gaps}
                onTopicDrop={props.onTopicDrop}
              />
            )),
          ])}
        </tbody>
      </table>
    </div>
  )
}
