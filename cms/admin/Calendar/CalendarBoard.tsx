'use client'
import { useEffect, useMemo, useRef, useState } from 'react'
import { addDays, zonedDate } from '../../../lib/zonedTime'
import { dropPatch, dropTargetOf } from '../../calendar/calendarDrop'
import {
  type CalendarLayout,
  type CalendarView,
  dayOf,
  hourOf,
  LIST_DAYS,
  monthGrid,
  shiftAnchor,
  timeOf,
  WEEK_HOURS,
  WEEK_SCROLL_HOUR,
  weekDays,
} from '../../calendar/calendarGrid'
import { zoneLabel } from '../../calendar/zoneLabel'
import { holidaysBetween } from '../../calendar/holidays'
import { adminFetch } from '../adminApi'
import { CalendarCsvImport } from './CalendarCsvImport'
import { EntryChip } from './EntryChip'
import { EntryForm } from './EntryForm'
import { LayoutSwitch } from './LayoutSwitch'
import { NewEntriesForm } from './NewEntriesForm'
import { DayQuotaNote, MonthQuotaNotes } from './QuotaNotes'
import { type CalendarEntryView, type CalendarSlotView, isTopicSlot, useCalendarData } from './useCalendarData'
import { TopicSlotChip } from './topics/TopicSlotChip'
import { TopicTray } from './topics/TopicTray'
import { TOPIC_DRAG_TYPE, useTopicPlacing } from './topics/useTopicPlacing'
import { usePushQuota } from './usePushQuota'
import { ScriptButton, ScriptSelect } from '../ScriptControls'

type View = CalendarView
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
const HOUR_ROW_PX = 28

/**
 * Month, week and list views of the calendar in the team's zone, with what is left of each account's
 * 群发 quota; editors (and operators, for their accounts) add entries from a day's ＋; editors open one
 * with ✎ and drag entries to reschedule.
 */
export function CalendarBoard(props: {
  timeZone: string
  initialDate?: string
  canEdit: boolean
  canCreate: boolean
  view: View
  onLayout: (layout: CalendarLayout) => void
}) {
  const { timeZone, canEdit, canCreate, view } = props
  const today = zonedDate({ at: new Date(), timeZone })
  const [anchor, setAnchor] = useState(props.initialDate ?? today)
  const [campaign, setCampaign] = useState('')
  const [creating, setCreating] = useState<string | null>(null)
  const [editing, setEditing] = useState<CalendarEntryView | null>(null)
  const [version, setVersion] = useState(0)
  const [message, setMessage] = useState<string | null>(null)
  const days = useMemo(
    () =>
      view === 'week'
        ? weekDays(anchor)
        : view === 'month'
          ? monthGrid(anchor)
          : Array.from({ length: LIST_DAYS }, (_, i) => addDays(anchor, i)),
    [view, anchor],
  )
  const data = useCalendarData({ days, timeZone, campaign })
  const { entries, campaigns } = data
  const quotas = usePushQuota({ from: days[0], to: days[days.length - 1], version })
  const reload = async () => {
    setVersion((v) => v + 1)
    await data.reload()
  }
  const placing = useTopicPlacing({ timeZone, enabled: canEdit, onPlaced: reload })
  const holidays = useMemo(
    () => new Map(holidaysBetween({ from: days[0], to: days[days.length - 1] }).map((h) => [h.date, h.name])),
    [days],
  )
  const byDay = useMemo(() => {
    const map = new Map<string, typeof entries>()
    for (const entry of entries)
      map.set(dayOf({ at: entry.publishAt, timeZone }), [...(map.get(dayOf({ at: entry.publishAt, timeZone })) ?? []), entry])
    return map
  }, [entries, timeZone])

  // An entry being moved: a second drop of it before the first PATCH returns is ignored.
  const moving = useRef(new Set<string>())
  async function drop(event: React.DragEvent) {
    event.preventDefault()
    const target = dropTargetOf(cellsUnder(event))
    // A 选题 from the tray takes a slot of its own; an entry is moved.
    const topicId = event.dataTransfer.getData(TOPIC_DRAG_TYPE)
    if (topicId) return void (target && canEdit && placing.place({ topicId, target }))
    const entryId = event.dataTransfer.getData('text/entry-id')
    const entry = entries.find((e) => String(e.id) === entryId)
    if (!entry || !target || !canEdit || moving.current.has(entryId)) return
    const patch = dropPatch({ at: entry.publishAt, target, timeZone })
    if (!patch) return
    moving.current.add(entryId)
    const reply = await adminFetch(`/calendar-entries/${entry.id}`, { method: 'PATCH', body: patch })
    moving.current.delete(entryId)
    setMessage(reply.ok ? `已改到 ${target.date} ${timeOf({ at: patch.publishAt, timeZone })}` : reply.message)
    void reload()
  }
  // One handler per day cell (the hour rows inside only mark where the pointer is): one drop, one PATCH.
  const dropProps = canEdit ? { onDragOver: (e: React.DragEvent) => e.preventDefault(), onDrop: (e: React.DragEvent) => void drop(e) } : {}
  const weekScroll = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const box = weekScroll.current
    const row = box?.querySelector<HTMLElement>(`[data-hour="${WEEK_SCROLL_HOUR}"]`)
    if (view === 'week' && box && row) box.scrollTop = row.offsetTop - 40
  }, [view])
  const editOf = (entry: CalendarEntryView) =>
    canEdit
      ? () => {
          setCreating(null)
          setEditing(entry)
        }
      : undefined
  // A slot a 选题 holds has no content yet: its own chip, with 开始写作 instead of ✎.
  const chip = (e: CalendarSlotView, draggable: boolean) =>
    isTopicSlot(e) ? (
      <TopicSlotChip key={e.id} entry={e} timeZone={timeZone} draggable={draggable} />
    ) : (
      <EntryChip key={e.id} entry={e} timeZone={timeZone} draggable={draggable} onEdit={editOf(e)} />
    )
  const month = anchor.slice(0, 7)

  return (
    <div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}>
        <LayoutSwitch layout={view} onChange={props.onLayout} />
        {canCreate && (
          <ScriptButton
            className="btn btn--style-primary btn--size-small"
            onClick={() => {
              setEditing(null)
              setCreating(today)
            }}
          >
            ＋ 新建排期
          </ScriptButton>
        )}
        <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={() => setAnchor(shiftAnchor({ anchor, view, by: -1 }))}>
          ‹
        </ScriptButton>
        <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={() => setAnchor(today)}>
          今天
        </ScriptButton>
        <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={() => setAnchor(shiftAnchor({ anchor, view, by: 1 }))}>
          ›
        </ScriptButton>
        <strong data-testid="calendar-range">
          {view === 'month' ? `${month.slice(0, 4)} 年 ${Number(month.slice(5))} 月` : `${days[0]} – ${days[days.length - 1]}`}
        </strong>
        <ScriptSelect value={campaign} onChange={(e) => setCampaign(e.target.value)}>
          <option value="">全部活动</option>
          {campaigns.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name}
            </option>
          ))}
        </ScriptSelect>
        {campaign && (
          <a className="btn btn--style-secondary btn--size-small" href={`/api/calendar-entries/export.csv?campaign=${campaign}`}>
            导出 CSV
          </a>
        )}
        {canEdit && <CalendarCsvImport campaign={campaign} onImported={() => void reload()} />}
        <span style={{ fontSize: 12, opacity: 0.7 }}>
          {zoneLabel(timeZone)}
          {canEdit ? ' · 拖动条目可改期' : ''}
        </span>
      </div>
      {message && <div style={{ marginBottom: 8 }}>{message}</div>}
      {canEdit && view !== 'list' && (
        <TopicTray placing={placing} hint="拖到某一天，先为它占一个排期（默认 10:00，周视图按所放的钟点）。" />
      )}
      <MonthQuotaNotes quotas={quotas} days={days} today={today} />
      {creating && (
        <NewEntriesForm
          key={`new-${creating}`}
          date={creating}
          timeZone={timeZone}
          campaigns={campaigns}
          onDone={(created) => {
            setCreating(null)
            if (created) {
              setMessage('排期已创建。')
              void reload()
            }
          }}
        />
      )}
      {editing && (
        <EntryForm
          key={`edit-${editing.id}`}
          date={today}
          today={today}
          timeZone={timeZone}
          campaigns={campaigns}
          entry={editing}
          onDone={() => {
            setEditing(null)
            void reload()
          }}
        />
      )}
      {view === 'list' ? (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {days
            .filter((d) => byDay.has(d) || holidays.has(d))
            .map((d) => (
              <li key={d} style={{ marginBottom: 12 }}>
                <strong>{d}</strong> {holidays.get(d) && <span style={{ color: '#cf1322' }}>{holidays.get(d)}</span>}
                {(byDay.get(d) ?? []).map((e) => chip(e, false))}
              </li>
            ))}
        </ul>
      ) : (
        <div
          ref={weekScroll}
          data-testid={view === 'week' ? 'calendar-week' : 'calendar-month'}
          data-loaded={data.loaded}
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
            border: '1px solid var(--theme-elevation-150)',
            position: 'relative',
            ...(view === 'week' ? { maxHeight: '70vh', overflowY: 'auto' as const } : {}),
          }}
        >
          {WEEKDAYS.map((w) => (
            <div
              key={w}
              style={{
                padding: 4,
                fontWeight: 600,
                textAlign: 'center',
                borderBottom: '1px solid var(--theme-elevation-150)',
                // The week view scrolls through the day: its weekday names stay in sight.
                ...(view === 'week' ? { position: 'sticky' as const, top: 0, zIndex: 1, background: 'var(--theme-bg)' } : {}),
              }}
            >
              周{w}
            </div>
          ))}
          {days.map((d) => (
            <div
              key={d}
              data-day={d}
              {...dropProps}
              style={{
                minHeight: 110,
                padding: 4,
                borderRight: '1px solid var(--theme-elevation-100)',
                borderBottom: '1px solid var(--theme-elevation-100)',
                opacity: view === 'month' && d.slice(0, 7) !== month ? 0.45 : 1,
                background: d === today ? 'var(--theme-elevation-50)' : undefined,
              }}
            >
              <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12 }}>
                <span>
                  {Number(d.slice(8))}
                  {holidays.get(d) && <span style={{ color: '#cf1322', marginLeft: 4 }}>{holidays.get(d)}</span>}
                </span>
                {canCreate && (
                  <ScriptButton
                    aria-label={`在 ${d} 新建排期`}
                    onClick={() => {
                      setEditing(null)
                      setCreating(d)
                    }}
                    style={{ border: 0, background: 'none', cursor: 'pointer' }}
                  >
                    ＋
                  </ScriptButton>
                )}
              </div>
              <DayQuotaNote quotas={quotas} day={d} today={today} />
              {view === 'week'
                ? WEEK_HOURS.map((h) => (
                    <div
                      key={h}
                      data-hour={h}
                      style={{ minHeight: HOUR_ROW_PX, borderTop: '1px dashed var(--theme-elevation-100)', fontSize: 11 }}
                    >
                      <span style={{ opacity: 0.5 }}>{String(h).padStart(2, '0')}:00</span>
                      {(byDay.get(d) ?? []).filter((e) => hourOf({ at: e.publishAt, timeZone }) === h).map((e) => chip(e, canEdit))}
                    </div>
                  ))
                : (byDay.get(d) ?? []).map((e) => chip(e, canEdit))}
            </div>
          ))}
        </div>
      )}
    </div>
  )
}

/** The cells from the element under the pointer out to the day cell: hour rows say `data-hour`, days `data-day`. */
function cellsUnder(event: React.DragEvent): { date?: string; hour?: string }[] {
  const cells: { date?: string; hour?: string }[] = []
  for (let node = event.target instanceof HTMLElement ? event.target : null; node; node = node.parentElement) {
    cells.push({ date: node.dataset.day, hour: node.dataset.hour })
    if (node === event.currentTarget) break
  }
  return cells
}
