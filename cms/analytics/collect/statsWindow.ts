import type { StatsCollector, StatsWindow } from '../../../publishers'
import { addDays, zonedDate } from '../../../lib/zonedTime'

/**
 * The day statistics are counted in: the collectors' contract (publishers/core/stats.ts) names Beijing
 * days, the days the platforms count in, whatever APP_TIMEZONE says (with the default they are the
 * team's days too).
 */
export const STATS_TIME_ZONE = 'Asia/Shanghai'

/** How many past days a run reads on platforms that serve only past days: a new account's backfill, and a week of late corrections. */
export const PAST_DAYS_READ = 7

/**
 * The days a run reads, as days of `timeZone` (STATS_TIME_ZONE): platforms that serve yesterday and before (WeChat's
 * datacube) → the last 7 days up to yesterday; live counters → today.
 */
export function statsWindow(args: { freshness: StatsCollector['freshness']; now: Date; timeZone: string }): StatsWindow {
  const today = zonedDate({ at: args.now, timeZone: args.timeZone })
  if (args.freshness === 'live') return { from: today, to: today }
  return { from: addDays(today, -PAST_DAYS_READ), to: addDays(today, -1) }
}

/** The smallest window holding every date (YYYY-MM-DD sorts as text), or null for none. */
export function windowOf(dates: readonly string[]): StatsWindow | null {
  if (dates.length === 0) return null
  const sorted = [...dates].sort()
  return { from: sorted[0], to: sorted[sorted.length - 1] }
}
