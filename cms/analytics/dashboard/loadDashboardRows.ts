import type { PayloadRequest, Where } from 'payload'
import { POST_METRICS } from '../../../lib/analytics/metricNames'
import { addDays } from '../../../lib/zonedTime'
import { relationId } from '../../content'
import { toMetricRow, type MetricRow } from '../metricRow'
import type { DashboardFilters } from './dashboardQuery'
import type { FollowerRow } from './followerChanges'
import { findForReport } from './findForReport'
import { accountsShortOfPeers, completePosts, type PeerCoverage } from './peerCoverage'
import { lastJudgedDay, postNumbersOf, UNDERPERFORMER_RULE, type PostNumbers } from './underperformers'

export type DashboardRows = {
  /** The rows of the range that match every filter: what the dashboard sums. */
  range: MetricRow[]
  /** Every post the 待优化 medians may use, with all its numbers read (flags are chosen among the range's). */
  peers: PostNumbers[]
  /** account-metrics of the range and the day before it, for 涨粉. */
  followers: FollowerRow[]
}

/** What the sums need: no content reference (a join per row), campaign, source or rates. */
const RANGE_SELECT: Record<string, true> = {
  delivery: true,
  position: true,
  date: true,
  account: true,
  platform: true,
  contentType: true,
  author: true,
  publishedAt: true,
  ...Object.fromEntries(POST_METRICS.map((name) => [name, true])),
}
/** What a median needs of a row: the post, its account, its publish time and its main numbers. */
const PEER_SELECT: Record<string, true> = {
  delivery: true,
  position: true,
  date: true,
  account: true,
  publishedAt: true,
  readers: true,
  plays: true,
}
/** How far before the range the medians look when an account's posts there are too few: a week, a month, the whole window. */
const LOOK_BACK_DAYS = [7, 30, UNDERPERFORMER_RULE.windowDays] as const

const eq = (field: string, value: string | null): Where[] => (value === null ? [] : [{ [field]: { equals: value } }])

async function metricRows(args: { req: PayloadRequest; from: string; to: string; where: Where[]; select: Record<string, true> }) {
  const docs = await findForReport({
    req: args.req,
    collection: 'post-metrics',
    where: { and: [{ date: { greater_than_equal: args.from } }, { date: { less_than_equal: args.to } }, ...args.where] },
    select: args.select,
  })
  return docs.map(toMetricRow)
}

/**
 * The dashboard's reads, each with only the columns it uses: the range's rows; for the 待优化
 * medians, the accounts' earlier posts only as far back as needed (most accounts reach their 30
 * newest posts within the range or a week before it); the followers. A campaign filter narrows the
 * sums, not the medians: a post is judged against its account's other posts, whatever their campaign.
 */
export async function loadDashboardRows(args: {
  req: PayloadRequest
  filters: DashboardFilters
  today: string
  timeZone: string
}): Promise<DashboardRows> {
  const { req, filters, timeZone } = args
  const accountScope = [...eq('platform', filters.platform), ...eq('account', filters.account)]
  const range = await metricRows({
    req,
    from: filters.from,
    to: filters.to,
    where: [...accountScope, ...eq('campaign', filters.campaign)],
    select: RANGE_SELECT,
  })
  const accounts = [...new Set(range.flatMap((row) => (row.account === null ? [] : [String(row.account)])))]
  const followers = filters.campaign !== null && accounts.length === 0 ? [] : await followerRows({ req, filters, accounts })
  const peerRows = [...range]
  if (filters.campaign !== null && accounts.length > 0) {
    const otherCampaigns: Where = { or: [{ campaign: { not_equals: filters.campaign } }, { campaign: { exists: false } }] }
    peerRows.push(
      ...(await metricRows({
        req,
        from: filters.from,
        to: filters.to,
        where: [{ account: { in: accounts } }, otherCampaigns],
        select: PEER_SELECT,
      })),
    )
  }
  const judgedUntil = lastJudgedDay({ to: filters.to, today: args.today })
  const windowStart = addDays(filters.to, -(UNDERPERFORMER_RULE.windowDays - 1))
  const coverage: PeerCoverage = new Map()
  let posts = postNumbersOf({ rows: peerRows, timeZone })
  let readFrom = filters.from
  for (const days of LOOK_BACK_DAYS) {
    const start = addDays(filters.from, -days) < windowStart ? windowStart : addDays(filters.from, -days)
    if (start >= readFrom) continue
    const short = accountsShortOfPeers({ posts, coverage, from: filters.from, to: filters.to, judgedUntil })
    if (short.length === 0) break
    peerRows.push(
      ...(await metricRows({ req, from: start, to: addDays(readFrom, -1), where: [{ account: { in: short } }], select: PEER_SELECT })),
    )
    for (const account of short) coverage.set(account, start)
    posts = postNumbersOf({ rows: peerRows, timeZone })
    readFrom = start
  }
  return { range, peers: completePosts({ posts, coverage, from: filters.from }), followers }
}

async function followerRows(args: { req: PayloadRequest; filters: DashboardFilters; accounts: readonly string[] }): Promise<FollowerRow[]> {
  const { filters } = args
  const scope: Where[] =
    filters.campaign !== null
      ? [{ account: { in: [...args.accounts] } }]
      : [...eq('platform', filters.platform), ...eq('account', filters.account)]
  const docs = await findForReport({
    req: args.req,
    collection: 'account-metrics',
    where: { and: [{ date: { greater_than_equal: addDays(filters.from, -1) } }, { date: { less_than_equal: filters.to } }, ...scope] },
    select: { account: true, date: true, followers: true, newFollowers: true, lostFollowers: true },
  })
  return docs.flatMap((doc): FollowerRow[] => {
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
