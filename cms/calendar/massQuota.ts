import { PUSH_MODE_LABELS } from '../../lib/platforms'
import { zonedDate } from '../../lib/zonedTime'

/** One 群发 that counts against an account's quota: planned on the calendar, or on its way / sent. */
export type MassPush = { at: Date; title: string }

/** The profile's quota for one account type (lib/platforms/profile.ts `push.massQuota`). */
export type MassQuotaRule = { perDay?: number; perFollowerPerMonth?: number }

export type QuotaCount = { used: number; remaining: number }

/**
 * Used and remaining 群发 per day (the team's calendar day, APP_TIMEZONE) for `perDay`, and per month
 * for `perFollowerPerMonth`. A follower receives every push to all followers, so each 群发 of the month
 * counts once against what each follower may receive (a push to one tag counts too: an upper bound).
 */
export function massUsage(args: { rule: MassQuotaRule; pushes: readonly MassPush[]; days: readonly string[]; timeZone: string }): {
  days: Record<string, QuotaCount>
  months: Record<string, QuotaCount>
} {
  const perDay = new Map<string, number>()
  const perMonth = new Map<string, number>()
  for (const push of args.pushes) {
    const day = zonedDate({ at: push.at, timeZone: args.timeZone })
    perDay.set(day, (perDay.get(day) ?? 0) + 1)
    perMonth.set(day.slice(0, 7), (perMonth.get(day.slice(0, 7)) ?? 0) + 1)
  }
  const count = (used: number, limit: number): QuotaCount => ({ used, remaining: Math.max(0, limit - used) })
  const days: Record<string, QuotaCount> = {}
  const months: Record<string, QuotaCount> = {}
  for (const day of args.days) {
    if (args.rule.perDay !== undefined) days[day] = count(perDay.get(day) ?? 0, args.rule.perDay)
    const month = day.slice(0, 7)
    if (args.rule.perFollowerPerMonth !== undefined && !(month in months))
      months[month] = count(perMonth.get(month) ?? 0, args.rule.perFollowerPerMonth)
  }
  return { days, months }
}

/** The dates from `from` to `to` (YYYY-MM-DD, both included). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += 86_400_000)
    out.push(new Date(at).toISOString().slice(0, 10))
  return out
}

/**
 * Why another 群发 on this account's day is refused (its `perDay` is used up by `sameDay`), or null.
 * `day` is the slot's date as the team reads it.
 */
export function massDayRefusal(args: {
  rule: MassQuotaRule
  accountName: string
  day: string
  sameDay: readonly MassPush[]
}): string | null {
  const limit = args.rule.perDay
  if (limit === undefined || args.sameDay.length < limit) return null
  const [, month, date] = args.day.split('-').map(Number)
  const titles = args.sameDay.map((push) => `《${push.title}》`).join('、')
  return (
    `「${args.accountName}」${month}月${date}日 已有${limit === 1 ? '一' : ` ${args.sameDay.length} `}次群发（${titles}），` +
    `这个账号每天只能群发 ${limit} 次。请改到其他日期，或把这条改为「${PUSH_MODE_LABELS.publish.zh}」。`
  )
}
