import { addDays, zonedDate, zonedToUtc } from '../../../lib/zonedTime'
import { daysBetween } from '../../analytics/targets/dateBuckets'

/**
 * A campaign's first and last day in the team's zone and how many days it runs, both ends counted
 * (11-01 00:00 → 11-11 23:59 is 11 days). Null without both dates.
 */
export function campaignDays(args: {
  startsAt: string | null | undefined
  endsAt: string | null | undefined
  timeZone: string
}): { startDay: string; endDay: string; durationDays: number } | null {
  if (!args.startsAt || !args.endsAt) return null
  const startDay = zonedDate({ at: new Date(args.startsAt), timeZone: args.timeZone })
  const endDay = zonedDate({ at: new Date(args.endsAt), timeZone: args.timeZone })
  return { startDay, endDay, durationDays: Math.max(1, daysBetween({ from: startDay, to: endDay }) + 1) }
}

/** The end of a campaign of `durationDays` starting at `startsAt`: 23:59 on its last day, so it runs as many days as the one it copies. */
export function endOfRun(args: { startsAt: Date; durationDays: number; timeZone: string }): Date {
  const startDay = zonedDate({ at: args.startsAt, timeZone: args.timeZone })
  return zonedToUtc({ date: addDays(startDay, Math.max(1, args.durationDays) - 1), time: '23:59', timeZone: args.timeZone })
}

/** A checklist day, stored at noon in the team's zone so the date does not slip a day when read in a nearby zone. */
export function dueDateOn(args: { day: string; timeZone: string }): string {
  return zonedToUtc({ date: args.day, time: '12:00', timeZone: args.timeZone }).toISOString()
}
