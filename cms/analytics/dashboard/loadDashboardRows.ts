import type { Payload, PayloadRequest, Where } from 'payload'
import { addDays } from '../../../lib/zonedTime'
import { relationId } from '../../content'
import { loadMetricRows } from '../loadMetricRows'
import type { MetricRow } from '../metricRow'
import type { DashboardFilters } from './dashboardQuery'
import type { FollowerRow } from './followerChanges'
import { UNDERPERFORMER_RULE } from './underperformers'

export type DashboardRows = {
  /** The rows of the range that match every filter: what the dashboard sums. */
  range: MetricRow[]
  /** The rows the 待优化 medians are taken over: the accounts' posts of the 90 days up to the range's end (and the range). */
  baseline: MetricRow[]
  /** account-metrics of the range and the day before it, for 涨粉. */
  followers: FollowerRow[]
}

/** What a median needs of a row: nothing but the post, its account, its publish time and its main numbers. */
const BASELINE_SELECT = {
  delivery: true,
  position: true,
  date: true,
  account: true,
  publishedAt: true,
  readers: true,
  plays: true,
} as const

const eq = (field: string, value: string | null): Where[] => (value === null ? [] : [{ [field]: { equals: value } }])
const and = (parts: Where[]): Where | undefined => (parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { and: parts })

/**
 * Three reads through the Local API, with the caller's access, selecting only the columns used:
 * the range's rows; the earlier rows of the accounts' 90-day window for the medians (narrow); the
 * followers. A campaign filter narrows the sums but not the medians: a post is judged against its
 * account's other posts, whatever campaign they belong to.
 */
export async function loadDashboardRows(args: {
  payload: Payload
  req: PayloadRequest
  filters: DashboardFilters
}): Promise<DashboardRows> {
  const { payload, req, filters } = args
  const accountScope = [...eq('platform', filters.platform), ...eq('account', filters.account)]
  const range = await loadMetricRows({
    payload,
    req,
    from: filters.from,
    to: filters.to,
    where: and([...accountScope, ...eq('campaign', filters.campaign)]),
  })
  const windowStart = addDays(filters.to, -(UNDERPERFORMER_RULE.windowDays - 1))
  const accounts = [...new Set(range.flatMap((row) => (row.account === null ? [] : [String(row.account)])))]

  let baseline: MetricRow[] = range
  if (filters.campaign !== null) {
    baseline =
      accounts.length === 0
        ? []
        : await loadMetricRows({
            payload,
            req,
            from: windowStart < filters.from ? windowStart : filters.from,
            to: filters.to,
            where: { account: { in: accounts } },
            select: BASELINE_SELECT,
          })
  } else if (windowStart < filters.from) {
    const earlier = await loadMetricRows({
      payload,
      req,
      from: windowStart,
      to: addDays(filters.from, -1),
      where: and(accountScope),
      select: BASELINE_SELECT,
    })
    baseline = [...earlier, ...range]
  }

  const followers =
    filters.campaign !== null && accounts.length === 0
      ? []
      : await loadFollowerRows({
          payload,
          req,
          from: addDays(filters.from, -1),
          to: filters.to,
          scope: filters.campaign !== null ? [{ account: { in: accounts } }] : accountScope,
        })
  return { range, baseline, followers }
}

async function loadFollowerRows(args: {
  payload: Payload
  req: PayloadRequest
  from: string
  to: string
  scope: Where[]
}): Promise<FollowerRow[]> {
  const found = await args.payload.find({
    collection: 'account-metrics',
    where: { and: [{ date: { greater_than_equal: args.from } }, { date: { less_than_equal: args.to } }, ...args.scope] },
    select: { account: true, date: true, followers: true, newFollowers: true, lostFollowers: true },
    depth: 0,
    pagination: false,
    req: args.req,
    user: args.req.user,
    overrideAccess: false,
  })
  return found.docs.flatMap((doc): FollowerRow[] => {
    const account = relationId(doc.account)
    if (account === null || !doc.date) return []
    return [
      {
        account: String(account),
        date: doc.date,
        followers: doc.followers ?? null,
        newFollowers: doc.newFollowers ?? null,
        lostFollowers: doc.lostFollowers ?? null,
      },
    ]
  })
}
