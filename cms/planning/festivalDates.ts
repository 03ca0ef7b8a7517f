import { z } from 'zod'
import { addDays } from '../../lib/zonedTime'
import { lunarToGregorian } from './lunarDate'
import { SOLAR_TERM_LONGITUDE, solarTermDate, type SolarTerm } from './solarTermDate'

/**
 * When a 节点 falls: by its rule (公历 month/day, 农历 month/day, or a 节气) in any year, computed,
 * never listed. Dates are calendar days (YYYY-MM-DD) in the team's reckoning.
 */
const monthDay = { month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }
export const festivalRuleSchema = z.discriminatedUnion('calendar', [
  z.object({ calendar: z.literal('solar'), ...monthDay }),
  z.object({ calendar: z.literal('lunar'), ...monthDay, day: z.number().int().min(1).max(30) }),
  z.object({ calendar: z.literal('solar_term'), term: z.enum(Object.keys(SOLAR_TERM_LONGITUDE) as [SolarTerm, ...SolarTerm[]]) }),
])
export type FestivalRule = z.infer<typeof festivalRuleSchema>

/** The rule of a stored festival (its calendar, month, day, term), or null when its fields do not make one. */
export function ruleOf(festival: { calendar?: unknown; month?: unknown; day?: unknown; term?: unknown }): FestivalRule | null {
  const parsed = festivalRuleSchema.safeParse({
    calendar: festival.calendar,
    month: festival.month ?? undefined,
    day: festival.day ?? undefined,
    term: festival.term ?? undefined,
  })
  return parsed.success ? parsed.data : null
}

/** Every date of the rule in a Gregorian year: one as a rule, none for 02-29 in a common year (a 农历 腊月 day could fall twice). */
export function festivalDatesIn(args: { rule: FestivalRule; year: number }): string[] {
  const { rule, year } = args
  if (rule.calendar === 'solar') {
    const date = new Date(Date.UTC(year, rule.month - 1, rule.day))
    return date.getUTCMonth() === rule.month - 1 ? [date.toISOString().slice(0, 10)] : []
  }
  if (rule.calendar === 'solar_term') return [solarTermDate({ term: rule.term, year })]
  // A Chinese year runs from late January into the next Gregorian year: its 冬月 and 腊月 fall there.
  return [year - 1, year]
    .map((lunarYear) => lunarToGregorian({ year: lunarYear, month: rule.month, day: rule.day }))
    .filter((date): date is string => date !== null && date.startsWith(`${year}-`))
}

/** The rule's date in a Gregorian year (the first, for a 腊月 day that falls twice), or null when it has none. */
export function festivalDate(args: { rule: FestivalRule; year: number }): string | null {
  return festivalDatesIn(args)[0] ?? null
}

/** The first date of the rule on or after `from` (YYYY-MM-DD). */
export function nextOccurrence(args: { rule: FestivalRule; from: string }): string {
  const year = Number(args.from.slice(0, 4))
  for (const candidate of [year, year + 1, year + 2]) {
    const date = festivalDatesIn({ rule: args.rule, year: candidate }).find((d) => d >= args.from)
    if (date) return date
  }
  // Only 02-29 waits longer than two years.
  return nextOccurrence({ rule: args.rule, from: `${year + 3}-01-01` })
}

/** The occurrence before the next one: what the team did for this 节点 last time. */
export function previousOccurrence(args: { rule: FestivalRule; before: string }): string | null {
  const year = Number(args.before.slice(0, 4))
  for (const candidate of [year, year - 1, year - 2, year - 3, year - 4]) {
    const dates = festivalDatesIn({ rule: args.rule, year: candidate }).filter((d) => d < args.before)
    if (dates.length > 0) return dates[dates.length - 1]
  }
  return null
}

/** The day preparation starts: `leadDays` before the date. */
export function leadStart(args: { date: string; leadDays: number }): string {
  return addDays(args.date, -args.leadDays)
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

/** 周一…周日 of a calendar day. */
export function weekdayOf(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]
}
