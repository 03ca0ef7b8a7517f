import { z } from 'zod'

const count = z.object({ used: z.number().int().nonnegative(), remaining: z.number().int().nonnegative() })

/** One account's 群发 quota as GET /api/calendar-entries/push-quota reports it. */
const accountQuota = z.object({
  account: z.union([z.string(), z.number()]),
  name: z.string(),
  platform: z.string(),
  accountType: z.string().nullable().optional(),
  perDay: z.number().int().positive().optional(),
  perFollowerPerMonth: z.number().int().positive().optional(),
  days: z.record(count).default({}),
  months: z.record(count).default({}),
})
export type AccountQuota = z.infer<typeof accountQuota>
export const pushQuotaReply = z.object({ accounts: z.array(accountQuota) })

/** What is left of an account's 群发 on one day, in an editor's words; null when it has no such rule. */
export type QuotaLine = { text: string; short: string; exhausted: boolean }

const monthDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

/**
 * A subscription account's day (今日群发剩余 1/1, or 12月6日…), or a service account's month
 * (本月每位粉丝还可收到 3 次, or 1月…). `today` is the team's date; `short` fits a calendar cell.
 */
export function quotaLine(args: { quota: AccountQuota; day: string; today: string; ownPush?: boolean }): QuotaLine | null {
  const { quota, day, today } = args
  // The slot being edited is counted among the day's pushes: it does not use its own quota twice.
  const giveBack = (count: { used: number; remaining: number } | undefined, limit: number | undefined) =>
    count && args.ownPush && count.used > 0 && limit !== undefined
      ? { used: count.used - 1, remaining: Math.min(limit, count.remaining + 1) }
      : count
  const daily = giveBack(quota.days[day], quota.perDay)
  if (quota.perDay !== undefined && daily) {
    const when = day === today ? '今日' : monthDay(day)
    return {
      text: `${when}群发剩余 ${daily.remaining}/${quota.perDay}`,
      short: `群发 ${daily.remaining}/${quota.perDay}`,
      exhausted: daily.remaining === 0,
    }
  }
  const monthly = giveBack(quota.months[day.slice(0, 7)], quota.perFollowerPerMonth)
  if (quota.perFollowerPerMonth !== undefined && monthly) {
    const when = day.slice(0, 7) === today.slice(0, 7) ? '本月' : `${Number(day.slice(5, 7))}月`
    return {
      text: `${when}每位粉丝还可收到 ${monthly.remaining} 次`,
      short: `粉丝本月余 ${monthly.remaining}/${quota.perFollowerPerMonth}`,
      exhausted: monthly.remaining === 0,
    }
  }
  return null
}
