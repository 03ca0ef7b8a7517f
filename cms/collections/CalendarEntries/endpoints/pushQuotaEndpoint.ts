import { APIError } from 'payload'
import { z } from 'zod'
import { env } from '../../../../lib/env'
import { addDays, zonedToUtc } from '../../../../lib/zonedTime'
import { massPushesOf, quotaAccountOf } from '../../../calendar/massPushes'
import { daysBetween, massUsage } from '../../../calendar/massQuota'
import { defineEndpoint } from '../../../http/defineEndpoint'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD，例如 2026-12-05。')
const query = z
  .object({ from: date, to: date })
  .refine((range) => range.from <= range.to, '开始日期不能晚于结束日期。')
  .refine((range) => daysBetween(range.from, range.to).length <= 92, '一次最多查询 92 天。')

/**
 * GET /api/calendar-entries/push-quota?from=YYYY-MM-DD&to=YYYY-MM-DD: for each account whose platform
 * has a mass-send quota, the 群发 used and remaining per day (`perDay`) and per month
 * (`perFollowerPerMonth`) over the range, in the team's days (APP_TIMEZONE). Any signed-in user: the
 * calendar shows it to everyone who plans.
 */
export const pushQuotaEndpoint = defineEndpoint({
  path: '/push-quota',
  method: 'get',
  roles: 'signed-in',
  handler: async ({ req }) => {
    const { payload } = req
    const params = new URL(req.url ?? '', 'http://local').searchParams
    const parsed = query.safeParse({ from: params.get('from') ?? '', to: params.get('to') ?? '' })
    if (!parsed.success) throw new APIError(parsed.error.issues[0]?.message ?? '请给出 from 和 to 日期。', 400, null, true)
    const { from, to } = parsed.data
    const days = daysBetween(from, to)
    // Whole months, so a month's count includes its days outside the range.
    const start = zonedToUtc({ date: `${from.slice(0, 7)}-01`, time: '00:00', timeZone: env.APP_TIMEZONE })
    const end = zonedToUtc({ date: firstOfNextMonth(to), time: '00:00', timeZone: env.APP_TIMEZONE })
    const { docs } = await payload.find({ collection: 'platform-accounts', overrideAccess: true, req, depth: 0, pagination: false })
    const accounts = []
    for (const doc of docs) {
      const account = quotaAccountOf(doc)
      if (!account) continue
      const pushes = await massPushesOf({ payload, req, account, from: start, to: end })
      const usage = massUsage({ rule: account.rule, pushes, days, timeZone: env.APP_TIMEZONE })
      accounts.push({
        account: account.id,
        name: account.name,
        platform: account.platform,
        accountType: account.accountType,
        ...(account.rule.perDay === undefined ? {} : { perDay: account.rule.perDay }),
        ...(account.rule.perFollowerPerMonth === undefined ? {} : { perFollowerPerMonth: account.rule.perFollowerPerMonth }),
        days: usage.days,
        months: usage.months,
      })
    }
    return Response.json({ accounts })
  },
})

function firstOfNextMonth(day: string): string {
  const [y, m] = day.split('-').map(Number)
  return addDays(`${day.slice(0, 7)}-01`, new Date(Date.UTC(y, m, 0)).getUTCDate())
}
