'use client'
import { useMemo, useState } from 'react'
import { addDays, zonedDate } from '../../../lib/zonedTime'
import { dayOf, monthGrid, movedTime, timeOf, weekDays } from '../../calendar/calendarGrid'
import { holidaysBetween } from '../../calendar/holidays'
import { adminFetch } from '../adminApi'
import { EntryChip } from './EntryChip'
import { EntryForm } from './EntryForm'
import { DayQuotaNote, MonthQuotaNotes } from './QuotaNotes'
import { type CalendarEntryView, useCalendarData } from './useCalendarData'
import { usePushQuota } from './usePushQuota'

type View = 'month' | 'week' | 'list'
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
const HOURS = [8, 10, 12, 14, 16, 18, 20, 22]

/**
 * Month, week and list views of the calendar in the team's zone, with what is left of each account's
 * 群发 quota; editors add entries from a day's ＋, open one with ✎ and drag entries to reschedule.
 */
export function CalendarBoard({ timeZone, canEdit }: { timeZone: string; canEdit: boolean }) {
  const today = zonedDate({ at: new Date(), timeZone })
  const [view, setView] = useState<View>('month')
  const [anchor, setAnchor] = useState(today)
  const [campaign, setCampaign] = useState('')
  const [creating, setCreating] = useState<string | null>(null)
  const [editing, setEditing] = useState<CalendarEntryView | null>(null)
  const [version, setVersion] = useState(0)
  const [message, setMessage] = useState<string | null>(null)
  const days = useMemo(
    () =>
      view === 'week' ? weekDays(anchor) : view === 'month' ? monthGrid(anchor) : Array.from({ length: 30 }, (_, i) => addDays(anchor, i)),
    [view, anchor],
  )
  const data = useCalendarData({ days, timeZone, campaign })
  const { entries, campaigns } = data
  const quotas = usePushQuota({ from: days[0], to: days[days.length - 1], version })
  const reload = async () => {
    setVersion((v) => v + 1)
    await data.reload()
  }
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

  async function drop(args: { entryId: string; date: string; hour?: number }) {
    const entry = entries.find((e) => String(e.id) === args.entryId)
    if (!entry || !canEdit) return
    const publishAt = movedTime({ at: entry.publishAt, toDate: args.date, toHour: args.hour, timeZone })
    const reply = await adminFetch(`/calendar-entries/${entry.id}`, { method: 'PATCH', body: { publishAt } })
    setMessage(reply.ok ? `已改到 ${args.date} ${timeOf({ at: publishAt, timeZone })}` : reply.message)
    void reload()
  }
  const dropProps = (date: string, hour?: number) =>
    canEdit
      ? {
          onDragOver: (e: React.DragEvent) => e.preventDefault(),
          onDrop: (e: React.DragEvent) => void drop({ entryId: e.dataTransfer.getData('text/entry-id'), date, hour }),
        }
      : {}
  const editOf = (entry: CalendarEntryView) =>
    canEdit
      ? () => {
          setCreating(null)
          setEditing(entry)
        }
      : undefined
  const step = view === 'month' ? 28 : 7
  const month = anchor.slice(0, 7)

  return (
    <div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}>
        {(['month', 'week', 'list'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={`btn btn--size-small ${view === v ? 'btn--style-primary' : 'btn--style-secondary'}`}
            onClick={() => setView(v)}
          >
            {{ month: '月', week: '周', list: '列表' }[v]}
          </button>
        ))}
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setAnchor(addDays(anchor, -step))}>
          ‹
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setAnchor(today)}>
          今天
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setAnchor(addDays(anchor, step))}>
          ›
        </button>
        <strong>{view === 'month' ? month : `${days[0]} – ${days[days.length - 1]}`}</strong>
        <select value={campaign} onChange={(e) => setCampaign(e.target.value)}>
          <option value="">全部活动</option>
          {campaigns.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name}
            </option>
          ))}
        </select>
        {campaign && (
          <a className="btn btn--style-secondary btn--size-small" href={`/api/calendar-entries/export.csv?campaign=${campaign}`}>
            导出 CSV
          </a>
        )}
        <span style={{ fontSize: 12, opacity: 0.7 }}>
          时间为 {timeZone}
          {canEdit ? ' · 拖动条目可改期' : ''}
        </span>
      </div>
      {message && <div style={{ marginBottom: 8 }}>{message}</div>}
      <MonthQuotaNotes quotas={quotas} days={days} today={today} />
      {(creating ?? editing) && (
        <EntryForm
          key={editing ? `edit-${editing.id}` : `new-${creating}`}
          date={creating ?? today}
          today={today}
          timeZone={timeZone}
          campaigns={campaigns}
          entry={editing ?? undefined}
          onDone={() => {
            setCreating(null)
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
                {(byDay.get(d) ?? []).map((e) => (
                  <EntryChip key={e.id} entry={e} timeZone={timeZone} draggable={false} onEdit={editOf(e)} />
                ))}
              </li>
            ))}
        </ul>
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', border: '1px solid var(--theme-elevation-150)' }}>
          {WEEKDAYS.map((w) => (
            <div key={w} style={{ padding: 4, fontWeight: 600, textAlign: 'center', borderBottom: '1px solid var(--theme-elevation-150)' }}>
              周{w}
            </div>
          ))}
          {days.map((d) => (
            <div
              key={d}
              data-day={d}
              {...dropProps(d)}
              style={{
                minHeight: view === 'week' ? 420 : 110,
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
                {canEdit && (
                  <button
                    type="button"
                    aria-label={`在 ${d} 新建排期`}
                    onClick={() => {
                      setEditing(null)
                      setCreating(d)
                    }}
                    style={{ border: 0, background: 'none', cursor: 'pointer' }}
                  >
                    ＋
                  </button>
                )}
              </div>
              <DayQuotaNote quotas={quotas} day={d} today={today} />
              {view === 'week'
                ? HOURS.map((h) => (
                    <div
                      key={h}
                      data-hour={h}
                      {...dropProps(d, h)}
                      style={{ minHeight: 44, borderTop: '1px dashed var(--theme-elevation-100)', fontSize: 11 }}
                    >
                      <span style={{ opacity: 0.5 }}>{h}:00</span>
                      {(byDay.get(d) ?? [])
                        .filter((e) => {
                          const hour = Number(timeOf({ at: e.publishAt, timeZone }).slice(0, 2))
                          return hour >= h && hour < h + 2
                        })
                        .map((e) => (
                          <EntryChip key={e.id} entry={e} timeZone={timeZone} draggable={canEdit} onEdit={editOf(e)} />
                        ))}
                    </div>
                  ))
                : (byDay.get(d) ?? []).map((e) => (
                    <EntryChip key={e.id} entry={e} timeZone={timeZone} draggable={canEdit} onEdit={editOf(e)} />
                  ))}
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
