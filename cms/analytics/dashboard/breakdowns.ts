import { addDays } from '../../../lib/zonedTime'
import type { MetricRow } from '../metricRow'
import { groupBy, groupTotals, type GroupTotals } from './groupTotals'
import { zonedDayHour, type ZonedDayHour } from './publishHour'

export type KeyedTotals = GroupTotals & { key: string }
export type DayTotals = GroupTotals & { date: string; published: number }
export type HourTotals = GroupTotals & { hour: number }

export type Breakdowns = {
  /** `published`: posts whose publish time falls in the range (发布数); `posts`: posts with numbers in it. */
  totals: GroupTotals & { published: number }
  /** Every day of the range, empty days included, by the day the numbers are for. */
  daily: DayTotals[]
  byAccount: KeyedTotals[]
  byPlatform: KeyedTotals[]
  byContentType: KeyedTotals[]
  byAuthor: KeyedTotals[]
  /** 24 hours (0–23 in the team zone) of the posts' publish time. */
  byHour: HourTotals[]
}

const keyOf = (value: string | number | null) => (value === null ? null : String(value))

/** Biggest first, without adding people to counts: by 阅读人数, then 播放量, then 互动数. */
function byVolume(a: GroupTotals, b: GroupTotals): number {
  return (b.readers ?? -1) - (a.readers ?? -1) || (b.plays ?? -1) - (a.plays ?? -1) || (b.interactions ?? -1) - (a.interactions ?? -1)
}

function keyed(groups: Map<string, GroupTotals>): KeyedTotals[] {
  return [...groups].map(([key, totals]) => ({ key, ...totals })).sort(byVolume)
}

/** The dashboard's sums of the rows of days `from`..`to`: totals, each day, and each breakdown. */
export function buildBreakdowns(args: { rows: readonly MetricRow[]; from: string; to: string; timeZone: string }): Breakdowns {
  const rows = args.rows.filter((row) => row.date >= args.from && row.date <= args.to)
  const cache = new Map<string, ZonedDayHour | null>()
  const publishedOf = (row: MetricRow) => zonedDayHour({ iso: row.publishedAt, timeZone: args.timeZone, cache })

  const publishedPosts = new Map<string, string>()
  for (const row of rows) {
    const day = publishedOf(row)?.date
    if (day !== undefined && day >= args.from && day <= args.to) publishedPosts.set(`${row.delivery}:${row.position}`, day)
  }
  const publishedPerDay = new Map<string, number>()
  for (const day of publishedPosts.values()) publishedPerDay.set(day, (publishedPerDay.get(day) ?? 0) + 1)

  const perDay = groupBy(rows, (row) => row.date)
  const daily: DayTotals[] = []
  for (let date = args.from; date <= args.to; date = addDays(date, 1)) {
    daily.push({ date, published: publishedPerDay.get(date) ?? 0, ...(perDay.get(date) ?? groupTotals([])) })
  }
  const perHour = groupBy(rows, (row) => keyOf(publishedOf(row)?.hour ?? null))
  return {
    totals: { ...groupTotals(rows), published: publishedPosts.size },
    daily,
    byAccount: keyed(groupBy(rows, (row) => keyOf(row.account))),
    byPlatform: keyed(groupBy(rows, (row) => row.platform)),
    byContentType: keyed(groupBy(rows, (row) => row.contentType)),
    byAuthor: keyed(groupBy(rows, (row) => keyOf(row.author))),
    byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, ...(perHour.get(String(hour)) ?? groupTotals([])) })),
  }
}
