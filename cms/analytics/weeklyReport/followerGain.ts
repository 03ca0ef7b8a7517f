import { addDays } from '../../../lib/zonedTime'
import type { ReportWeek } from './reportWeek'
import type { FollowerRow } from './types'

/**
 * 涨粉 of one account over a week, and its followers at the week's end. The best reading first:
 * followers at the week's last reported day minus those on the Sunday before; else the week's
 * Σ new − Σ lost (platforms that report only the daily flows); else last − first day of the week.
 * null when nothing tells.
 */
export function followerGain(args: { rows: readonly FollowerRow[]; week: ReportWeek }): {
  gain: number | null
  followers: number | null
} {
  const inWeek = args.rows
    .filter((row) => row.date >= args.week.from && row.date <= args.week.to)
    .sort((a, b) => a.date.localeCompare(b.date))
  const counted = inWeek.filter((row) => row.followers !== null)
  const last = counted.at(-1) ?? null
  const before = args.rows.find((row) => row.date === addDays(args.week.from, -1) && row.followers !== null) ?? null
  const followers = last?.followers ?? null
  if (last !== null && before !== null) return { gain: (last.followers ?? 0) - (before.followers ?? 0), followers }
  const flows = inWeek.filter((row) => row.newFollowers !== null || row.lostFollowers !== null)
  if (flows.length > 0) {
    return { gain: flows.reduce((sum, row) => sum + (row.newFollowers ?? 0) - (row.lostFollowers ?? 0), 0), followers }
  }
  const first = counted[0] ?? null
  if (last !== null && first !== null && first !== last) return { gain: (last.followers ?? 0) - (first.followers ?? 0), followers }
  return { gain: null, followers }
}
