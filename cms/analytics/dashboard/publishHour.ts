const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

export type ZonedDayHour = { date: string; hour: number }

/**
 * The team-zone day (YYYY-MM-DD) and hour (0–23) of an instant, or null for a missing or unreadable
 * time. `cache` is per call site: every day-row of a post repeats the post's publishedAt.
 */
export function zonedDayHour(args: {
  iso: string | null
  timeZone: string
  cache?: Map<string, ZonedDayHour | null>
}): ZonedDayHour | null {
  if (args.iso === null) return null
  const cached = args.cache?.get(args.iso)
  if (cached !== undefined) return cached
  const at = new Date(args.iso)
  let result: ZonedDayHour | null = null
  if (!Number.isNaN(at.getTime())) {
    const parts = formatterFor(args.timeZone).formatToParts(at)
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
    result = { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) }
  }
  args.cache?.set(args.iso, result)
  return result
}
