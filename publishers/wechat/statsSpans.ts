import { addDays } from '../../lib/zonedTime'

/** One request's dates, inclusive, YYYY-MM-DD. */
export type DateSpan = { begin: string; end: string }

/** Every day from `from` to `to`, inclusive, in order (none when `from` is after `to`). */
export function daysBetween(args: { from: string; to: string }): string[] {
  const days: string[] = []
  for (let day = args.from; day <= args.to; day = addDays(day, 1)) days.push(day)
  return days
}

/** `[from, to]` cut into consecutive spans of at most `maxDays` days each, the last one possibly shorter. */
export function splitSpan(args: { from: string; to: string; maxDays: number }): DateSpan[] {
  if (!Number.isInteger(args.maxDays) || args.maxDays < 1) throw new Error(`maxDays must be a positive integer, got ${args.maxDays}`)
  const spans: DateSpan[] = []
  for (let begin = args.from; begin <= args.to; begin = addDays(begin, args.maxDays)) {
    const last = addDays(begin, args.maxDays - 1)
    spans.push({ begin, end: last < args.to ? last : args.to })
  }
  return spans
}
