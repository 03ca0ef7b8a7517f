import type { PayloadRequest } from 'payload'
import { env } from '../../../lib/env'
import { addDays, zonedDate, zonedToUtc } from '../../../lib/zonedTime'
import { findForUser } from '../../http/findForUser'
import { loadMetricRows } from '../loadMetricRows'
import { KPI_ROW_SELECT } from './kpiRowSelect'
import { evaluateKpi } from './evaluateKpi'
import { kpiResult, platformName } from './kpiResult'
import { loadFollowerDays } from './loadFollowerDays'
import { measuredPeriod } from './measuredPeriod'
import { loadPublishedDeliveries } from './publishedDeliveries'
import { publishedPosts } from './publishedPosts'
import { accountTargetsSchema, type AccountTargets } from './replies'

/** Without a range: the last 30 days up to yesterday. */
const DEFAULT_DAYS = 30

/**
 * An account's standing targets judged over `from`..`to` (default the last 30 days): what
 * GET /api/analytics/accounts/:id/targets answers. The account is read with the caller's access.
 */
export async function accountTargets(args: {
  req: PayloadRequest
  id: string
  range: { from?: string; to?: string }
  now: Date
}): Promise<AccountTargets> {
  const { req } = args
  const { payload } = req
  const timeZone = env.APP_TIMEZONE
  const account = await findForUser({
    req,
    collection: 'platform-accounts',
    id: args.id,
    missing: '找不到这个平台账号，或你没有查看它的权限。',
  })
  const today = zonedDate({ at: args.now, timeZone })
  const yesterday = addDays(today, -1)
  const to = args.range.to ?? yesterday
  const from = args.range.from ?? addDays(to, -(DEFAULT_DAYS - 1))
  const { period, span } = measuredPeriod({ from, end: to, today })
  const accountId = String(account.id)
  const rows =
    span === null
      ? []
      : await loadMetricRows({ payload, req, from, to: yesterday, where: { account: { equals: account.id } }, select: KPI_ROW_SELECT })
  const deliveries = await loadPublishedDeliveries({
    payload,
    where: {
      and: [
        { account: { equals: account.id } },
        { publishedAt: { greater_than_equal: zonedToUtc({ date: from, time: '00:00', timeZone }).toISOString() } },
        { publishedAt: { less_than: zonedToUtc({ date: addDays(to, 1), time: '00:00', timeZone }).toISOString() } },
      ],
    },
  })
  const inputs = {
    rows,
    posts: publishedPosts({ deliveries, platformOf: new Map([[accountId, account.platform]]), timeZone }),
    accounts: [{ id: accountId, platform: account.platform }],
    followers: await loadFollowerDays({ payload, accounts: [accountId], to: yesterday }),
  }
  return accountTargetsSchema.parse({
    account: { id: account.id, name: account.name, platform: account.platform, platformLabel: platformName(account.platform) },
    period,
    targets: (account.targets ?? []).map((line) =>
      kpiResult({ line, evaluation: evaluateKpi({ line, inputs, span, complete: period.complete }) }),
    ),
  })
}
