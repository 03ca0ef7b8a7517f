import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'

/** Calendar arithmetic in the team's zone, on YYYY-MM-DD keys. Weeks start on Monday (周一). Pure. */
export function weekStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7))
}

export function monthGrid(anchor: string): string[] {
  const first = `${anchor.slice(0, 7)}-01`
  const start = weekStart(first)
  return Array.from({ length: 42 }, (_, i) => addDays(start, i))
}

export function weekDays(anchor: string): string[] {
  const start = weekStart(anchor)
  return Array.from({ length: 7 }, (_, i) => addDays(start, i))
}

/** UTC bounds [from, to) of whole days in the zone. */
export function rangeBounds(args: { days: string[]; timeZone: string }): { from: string; to: string } {
  return {
    from: zonedToUtc({ date: args.days[0], time: '00:00', timeZone: args.timeZone }).toISOString(),
    to: zonedToUtc({ date: addDays(args.days[args.days.length - 1], 1), time: '00:00', timeZone: args.timeZone }).toISOString(),
  }
}

export function dayOf(args: { at: string; timeZone: string }): string {
  return zonedDate({ at: new Date(args.at), timeZone: args.timeZone })
}

export function timeOf(args: { at: string; timeZone: string }): string {
  return new Date(args.at).toLocaleTimeString('en-GB', { timeZone: args.timeZone, hour: '2-digit', minute: '2-digit', hour12: false })
}

/** Dropped on another day (and, in the week view, another hour): same wall-clock minutes there. */
export function movedTime(args: { at: string; toDate: string; toHour?: number; timeZone: string }): string {
  const [hh, mm] = timeOf({ at: args.at, timeZone: args.timeZone }).split(':')
  const hour = args.toHour === undefined ? hh : String(args.toHour).padStart(2, '0')
  return zonedToUtc({ date: args.toDate, time: `${hour}:${mm}`, timeZone: args.timeZone }).toISOString()
}

export type CalendarView = 'month' | 'week' | 'list'
/** The calendar's layouts: the three views by day, and 按账号 (accounts as rows, days as columns). */
export type CalendarLayout = CalendarView | 'matrix'
/** Days the list view shows from its anchor. */
export const LIST_DAYS = 30

/** ‹ › : the month view moves by calendar month (to its 1st, so 31 January → 1 February), the others by what they show. */
export function shiftAnchor(args: { anchor: string; view: CalendarView; by: 1 | -1 }): string {
  if (args.view === 'week') return addDays(args.anchor, 7 * args.by)
  if (args.view === 'list') return addDays(args.anchor, LIST_DAYS * args.by)
  const [y, m] = args.anchor.split('-').map(Number)
  const month = new Date(Date.UTC(y, m - 1 + args.by, 1))
  return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}-01`
}

/** The week view's rows: every hour of the day, so a 07:30 早安 slot has its place. */
export const WEEK_HOURS: readonly number[] = Array.from({ length: 24 }, (_, hour) => hour)
/** The hour the week view scrolls to when it opens (the night above stays one scroll away). */
export const WEEK_SCROLL_HOUR = 8

/** The week view's row of an entry: its hour in the team's zone. */
export function hourOf(args: { at: string; timeZone: string }): number {
  return Number(timeOf(args).slice(0, 2))
}
