import { addDays, zonedDate, zonedToUtc } from '../../../../lib/zonedTime'
import { mondayOf } from '../../../analytics/weeklyReport/reportWeek'
import { isCalendarDay } from '../../../../lib/zonedTime'

/** The week a 选题会 looks at: Monday..Sunday in the team's zone, its bounds as UTC instants, and its neighbours. */
export type MeetingWeek = {
  monday: string
  sunday: string
  /** Monday 00:00 in the team's zone, as an ISO instant (included). */
  start: string
  /** The next Monday 00:00 in the team's zone (excluded). */
  end: string
  previousMonday: string
  nextMonday: string
  isCurrent: boolean
  /** A ?week= that is not a calendar day: the page says so and shows this week. */
  askedInvalid: boolean
}

/** The week holding `asked` (any day of it, normally its Monday), or the current one in the team's zone. */
export function meetingWeek(args: { asked: unknown; now: Date; timeZone: string }): MeetingWeek {
  const currentMonday = mondayOf(zonedDate({ at: args.now, timeZone: args.timeZone }))
  const askedDay = typeof args.asked === 'string' && isCalendarDay(args.asked) ? args.asked : null
  const monday = askedDay ? mondayOf(askedDay) : currentMonday
  const midnight = (date: string) => zonedToUtc({ date, time: '00:00', timeZone: args.timeZone }).toISOString()
  return {
    monday,
    sunday: addDays(monday, 6),
    start: midnight(monday),
    end: midnight(addDays(monday, 7)),
    previousMonday: addDays(monday, -7),
    nextMonday: addDays(monday, 7),
    isCurrent: monday === currentMonday,
    askedInvalid: args.asked !== undefined && askedDay === null,
  }
}
