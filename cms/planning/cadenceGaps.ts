import { zonedDate } from '../../lib/zonedTime'
import { mondayOf } from '../analytics/weeklyReport/reportWeek'
import { daysBetween } from '../calendar/massQuota'

type Id = string | number
export type CadencePer = 'day' | 'week'
export type Cadence = { count: number; per: CadencePer }

export type CadenceAccount = {
  id: Id
  name: string
  platform: string
  cadence?: { count?: number | null; per?: CadencePer | null } | null
}
export type CadenceEntry = { account: Id; publishAt: string; state: string }
export type CadenceTopic = { feature?: boolean | null; dueDate?: string | null }

/**
 * One day of an account's rhythm. For a per-day rhythm `expected` is the day's count. For a per-week
 * rhythm the week's shortfall is spread evenly over its empty days (3 a week with nothing planned:
 * Tuesday, Thursday, Saturday), so `expected` there says where the missing posts would best go.
 */
export type DayGap = { day: string; expected: number; planned: number; missing: number }
export type AccountGap = {
  id: Id
  name: string
  platform: string
  cadence: Cadence
  expected: number
  planned: number
  missing: number
  days: DayGap[]
}
export type FeatureGap = { perWeek: number; expected: number; planned: number; missing: number }
export type CadenceGaps = { from: string; to: string; timeZone: string; accounts: AccountGap[]; features: FeatureGap }

/** Slots that will not go out do not fill the rhythm; a slot held by a 选题 (awaiting_content) does. */
const NOT_PLANNED: ReadonlySet<string> = new Set(['cancelled', 'missed', 'failed'])

/**
 * Each account's planned posts against its rhythm over `from`..`to` (days in the team's zone, both
 * included), and the 专题 (feature topics, by due day) against `featuresPerWeek`. Weeks run Monday to
 * Sunday; a week the range cuts expects its count prorated to the days inside and rounded up (3 a week
 * over Saturday and Sunday: 1). Accounts without a rhythm are left out.
 */
export function cadenceGaps(args: {
  accounts: readonly CadenceAccount[]
  entries: readonly CadenceEntry[]
  topics: readonly CadenceTopic[]
  featuresPerWeek: number
  range: { from: string; to: string }
  timeZone: string
}): CadenceGaps {
  const days = daysBetween(args.range.from, args.range.to)
  const perAccountDay = new Map<string, number>()
  for (const entry of args.entries) {
    if (NOT_PLANNED.has(entry.state)) continue
    const key = `${entry.account}|${zonedDate({ at: new Date(entry.publishAt), timeZone: args.timeZone })}`
    perAccountDay.set(key, (perAccountDay.get(key) ?? 0) + 1)
  }
  const accounts: AccountGap[] = []
  for (const account of args.accounts) {
    const cadence = cadenceOf(account)
    if (!cadence) continue
    const planned = days.map((day) => perAccountDay.get(`${account.id}|${day}`) ?? 0)
    const dayGaps =
      cadence.per === 'day' ? dailyGaps({ days, planned, count: cadence.count }) : weeklyGaps({ days, planned, count: cadence.count })
    accounts.push({
      id: account.id,
      name: account.name,
      platform: account.platform,
      cadence,
      expected:
        cadence.per === 'day'
          ? cadence.count * days.length
          : weeksOf(days).reduce((sum, week) => sum + prorated(cadence.count, week.length), 0),
      planned: sum(planned),
      missing: sum(dayGaps.map((gap) => gap.missing)),
      days: dayGaps,
    })
  }
  return { from: args.range.from, to: args.range.to, timeZone: args.timeZone, accounts, features: featureGap({ ...args, days }) }
}

function cadenceOf(account: CadenceAccount): Cadence | null {
  const count = account.cadence?.count ?? 0
  if (!(count > 0)) return null
  return { count, per: account.cadence?.per ?? 'week' }
}

function dailyGaps(args: { days: string[]; planned: number[]; count: number }): DayGap[] {
  return args.days.map((day, index) => {
    const planned = args.planned[index] ?? 0
    return { day, expected: args.count, planned, missing: Math.max(0, args.count - planned) }
  })
}

function weeklyGaps(args: { days: string[]; planned: number[]; count: number }): DayGap[] {
  const gaps: DayGap[] = args.days.map((day, index) => {
    const planned = args.planned[index] ?? 0
    return { day, expected: planned, planned, missing: 0 }
  })
  for (const week of weeksOf(args.days)) {
    const inWeek = gaps.filter((gap) => week.includes(gap.day))
    const short = prorated(args.count, week.length) - sum(inWeek.map((gap) => gap.planned))
    if (short <= 0) continue
    const empty = inWeek.filter((gap) => gap.planned === 0)
    const targets = empty.length > 0 ? empty : inWeek
    for (let slot = 0; slot < short; slot++) {
      const gap = targets[Math.floor(((slot + 0.5) * targets.length) / short)]
      gap.missing += 1
      gap.expected += 1
    }
  }
  return gaps
}

function featureGap(args: { days: string[]; topics: readonly CadenceTopic[]; featuresPerWeek: number; timeZone: string }): FeatureGap {
  const perWeek = Math.max(0, args.featuresPerWeek)
  const dueDays = args.topics.flatMap((topic) =>
    topic.feature && topic.dueDate ? [zonedDate({ at: new Date(topic.dueDate), timeZone: args.timeZone })] : [],
  )
  let expected = 0
  let missing = 0
  for (const week of weeksOf(args.days)) {
    const weekExpected = prorated(perWeek, week.length)
    expected += weekExpected
    missing += Math.max(0, weekExpected - dueDays.filter((day) => week.includes(day)).length)
  }
  const planned = dueDays.filter((day) => args.days.includes(day)).length
  return { perWeek, expected, planned, missing }
}

/** The range's days cut into Monday–Sunday weeks. */
function weeksOf(days: string[]): string[][] {
  const weeks = new Map<string, string[]>()
  for (const day of days) {
    const monday = mondayOf(day)
    weeks.set(monday, [...(weeks.get(monday) ?? []), day])
  }
  return [...weeks.values()]
}

/** A week's count for the part of it inside the range, rounded up: a gap is better flagged than missed. */
function prorated(count: number, daysInside: number): number {
  return Math.ceil((count * daysInside) / 7)
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
