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
