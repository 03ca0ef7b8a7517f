import { addDays } from '../../../lib/zonedTime'

/** A span of days, inclusive at both ends (YYYY-MM-DD). */
export type DaySpan = { from: string; to: string }
export type BucketUnit = 'day' | 'week' | 'month'

/** Days between two dates, `to` − `from` (UTC arithmetic on calendar dates, so no time zone enters). */
export function daysBetween(span: DaySpan): number {
  return Math.round((Date.parse(`${span.to}T00:00:00Z`) - Date.parse(`${span.from}T00:00:00Z`)) / 86_400_000)
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return target.toISOString().slice(0, 10)
}

/**
 * The period cut into units counted from its first day (a campaign's 第 1 周 starts on its first day,
 * not on a Monday); the last unit may be cut short by `span.to`, and then `complete` is false.
 */
export function bucketsOf(args: { span: DaySpan; unit: BucketUnit }): (DaySpan & { complete: boolean })[] {
  const buckets: (DaySpan & { complete: boolean })[] = []
  for (let index = 0, start = args.span.from; start <= args.span.to; index += 1) {
    const next =
      args.unit === 'day'
        ? addDays(args.span.from, index + 1)
        : args.unit === 'week'
          ? addDays(args.span.from, 7 * (index + 1))
          : addMonths(args.span.from, index + 1)
    const end = addDays(next, -1)
    buckets.push({ from: start, to: end <= args.span.to ? end : args.span.to, complete: end <= args.span.to })
    start = next
  }
  return buckets
}

export function inSpan(date: string, span: DaySpan): boolean {
  return date >= span.from && date <= span.to
}
