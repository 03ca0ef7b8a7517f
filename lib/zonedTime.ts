/**
 * Wall-clock time in an IANA zone → UTC Date, and back. Intl only, no dependency; correct across
 * DST changes for zones that have them (two passes settle the offset).
 */
export function zonedToUtc(args: { date: string; time: string; timeZone: string }): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(args.date)
  const clock = /^(\d{1,2}):(\d{2})$/.exec(args.time)
  if (!match || !clock) throw new Error(`Invalid date or time: ${args.date} ${args.time}`)
  const wallAsUtc = Date.UTC(+match[1], +match[2] - 1, +match[3], +clock[1], +clock[2])
  let guess = wallAsUtc - offsetMs(new Date(wallAsUtc), args.timeZone)
  guess = wallAsUtc - offsetMs(new Date(guess), args.timeZone)
  return new Date(guess)
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function zonedDate(args: { at: Date; timeZone: string }): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: args.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    args.at,
  )
  return parts
}

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return asUtc - Math.floor(at.getTime() / 1000) * 1000
}
