import { zonedToUtc } from '../../../lib/zonedTime'
import { formatTeamTime } from '../Results/format'

const EVENING = '20:00'
const HOUR_MS = 60 * 60_000
/** Time to fill in the form and save before the suggested time has passed. */
const LEAD_MS = 30 * 60_000

/**
 * The time a new slot starts with (`YYYY-MM-DDTHH:MM`, wall clock in `timeZone`): 20:00 on the chosen
 * day, the usual evening push; when that has passed (today after 20:00, or a past day), the first whole
 * hour at least half an hour from now, so that an editor working late is not offered a time the save
 * refuses.
 */
export function defaultSlotTime(args: { date: string; now: Date; timeZone: string }): string {
  if (zonedToUtc({ date: args.date, time: EVENING, timeZone: args.timeZone }).getTime() > args.now.getTime() + LEAD_MS)
    return `${args.date}T${EVENING}`
  const next = new Date(Math.ceil((args.now.getTime() + LEAD_MS) / HOUR_MS) * HOUR_MS)
  return formatTeamTime(next.toISOString(), args.timeZone).replace(' ', 'T')
}
