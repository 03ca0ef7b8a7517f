import { addDays } from '../../../lib/zonedTime'
import type { DaySpan } from './dateBuckets'

export type MeasuredPeriod = { from: string; end: string | null; measuredTo: string; started: boolean; complete: boolean }

/**
 * The days a period is measured over: from its first day to its end, clipped to yesterday (today's
 * numbers are not in yet). `span` is null before the period has a measured day.
 */
export function measuredPeriod(args: { from: string; end: string | null; today: string }): {
  period: MeasuredPeriod
  span: DaySpan | null
} {
  const yesterday = addDays(args.today, -1)
  const measuredTo = args.end !== null && args.end < yesterday ? args.end : yesterday
  const started = args.from <= measuredTo
  return {
    period: { from: args.from, end: args.end, measuredTo, started, complete: args.end !== null && args.end <= yesterday },
    span: started ? { from: args.from, to: measuredTo } : null,
  }
}
