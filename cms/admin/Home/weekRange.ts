import { addDays, zonedDate, zonedToUtc } from '../../../lib/zonedTime'
import { mondayOf } from '../../analytics/weeklyReport/reportWeek'

/** Today and this week (Monday to Sunday) in the team's zone, as days and as UTC instants. */
export function weekRange(args: { now: Date; timeZone: string }) {
  const today = zonedDate({ at: args.now, timeZone: args.timeZone })
  const monday = mondayOf(today)
  const at = (date: string) => zonedToUtc({ date, time: '00:00', timeZone: args.timeZone }).toISOString()
  return {
    today,
    monday,
    sunday: addDays(monday, 6),
    todayStart: at(today),
    tomorrowStart: at(addDays(today, 1)),
    weekStart: at(monday),
    weekEnd: at(addDays(monday, 7)),
  }
}
