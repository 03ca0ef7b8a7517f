import { addDays, zonedDate } from '../../../lib/zonedTime'

/** Monday..Sunday, YYYY-MM-DD in the team's zone, both days included. */
export type ReportWeek = { from: string; to: string }
export type WeekPair = { week: ReportWeek; previous: ReportWeek }

/** The Monday of the week a day belongs to (weeks start on Monday, as Chinese teams count them). */
export function mondayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return addDays(day, -((weekday + 6) % 7))
}

/**
 * The week a report covers, and the one before it (for the change): the week holding `day` when one
 * is given, otherwise the last complete week before `now` in `timeZone` (on Friday's meeting, last week).
 */
export function reportWeeks(args: { day?: string; now: Date; timeZone: string }): WeekPair {
  const monday = args.day ? mondayOf(args.day) : addDays(mondayOf(zonedDate({ at: args.now, timeZone: args.timeZone })), -7)
  return {
    week: { from: monday, to: addDays(monday, 6) },
    previous: { from: addDays(monday, -7), to: addDays(monday, -1) },
  }
}

/** Every day of a week, Monday first. */
export function daysOf(week: ReportWeek): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(week.from, index))
}
