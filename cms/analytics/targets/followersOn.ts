import type { FollowerDay } from './kpiInputs'

/** The account's latest known follower total on or before `date` (and not before `notBefore`). */
export function followersOn(args: { days: readonly FollowerDay[] | undefined; date: string; notBefore?: string }): number | null {
  let found: number | null = null
  for (const day of args.days ?? []) {
    if (day.date > args.date) break
    if (day.followers !== null && (args.notBefore === undefined || day.date >= args.notBefore)) found = day.followers
  }
  return found
}
