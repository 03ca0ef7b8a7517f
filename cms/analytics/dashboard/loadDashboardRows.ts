import type { PayloadRequest, Where } from 'payload'
import { addDays } from '../../../lib/zonedTime'
import { toMetricRow, type MetricRow } from '../metricRow'
import type { DashboardFilters } from './dashboardQuery'
import type { FollowerRow } from './followerChanges'
import { sheetSelect } from '../metricDays/daySheet'
import { readDaySheets } from '../metricDays/readDaySheets'
import { FOLLOWER_SHEETS, POST_SHEETS } from '../metricDays/sheetSources'
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

/** How far before the range the medians look when an account's posts there are too few: a week, a month, the whole window. */
const LOOK_BACK_DAYS = [7, 30, UNDERPERFORMER_RULE.windowDays] as const

type Keep = (row: MetricRow) => boolean
const eq = (field: string, value: string | null): Where[] => (value === null ? [] : [{ [field]: { equals: value } }])
const same = (value: string | number | null, wanted: string | null) => wanted === null || (value !== null && String(value) === wanted)

/**
 * The rows of days `from`..`to` that `keep` accepts. From the stored day sheets (a few reads for any
 * number of rows), except for one account's rows, which its index finds faster than a sheet of
 * every account's day.
 */
async function rowsOfDays(args: {
  req: PayloadRequest
  from: string
  to: string
  keep: Keep
  account: string | null
}): Promise<MetricRow[]> {
  const { req, from, to, keep, account } = args
  if (account === null) return (await readDaySheets({ req, source: POST_SHEETS, from, to })).filter(keep)
  const docs = await findForReport({
    req,
    collection: 'post-metrics',
    where: { and: [{ date: { greater_than_equal: from } }, { date: { less_than_equal: to } }, { account: { equals: account } }] },
    select: sheetSelect(POST_SHEETS),
  })
  return docs.map(toMetricRow).filter(keep)
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
  const inScope: Keep = (row) => same(row.platform, filters.platform) && same(row.account, filters.account)
  const days = await rowsOfDays({ req, from: filters.from, to: filters.to, keep: inScope, account: filters.account })
  const range = days.filter((row) => same(row.campaign, filters.campaign))
  const accounts = [...new Set(range.flatMap((row) => (row.account === null ? [] : [String(row.account)])))]
  const followers = filters.campaign !== null && accounts.length === 0 ? [] : await followerRows({ req, filters, accounts })
  const peerRows = [...range]
  if (filters.campaign !== null && accounts.length > 0) {
    // The same accounts' posts of other campaigns (or none) in the range: already read with the range's days.
    const ofAccounts = new Set(accounts)
    peerRows.push(
      ...days.filter((row) => row.account !== null && ofAccounts.has(String(row.account)) && !same(row.campaign, filters.campaign)),
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
    const shortOf = new Set(short)
    peerRows.push(
      ...(await rowsOfDays({
        req,
        from: start,
        to: addDays(readFrom, -1),
        keep: (row) => row.account !== null && shortOf.has(String(row.account)),
        account: short.length === 1 ? short[0] : null,
      })),
    )
    for (const account of short) coverage.set(account, start)
    posts = postNumbersOf({ rows: peerRows, timeZone })
    readFrom = start
  }
  return { range, peers: completePosts({ posts, coverage, from: filters.from }), followers }
}

/**
 * account-metrics of the range and the day before it, for 涨粉: a campaign's accounts or every account
 * from the day sheets, one account's or one platform's rows through their own index.
 */
async function followerRows(args: { req: PayloadRequest; filters: DashboardFilters; accounts: readonly string[] }): Promise<FollowerRow[]> {
  const { req, filters } = args
  const from = addDays(filters.from, -1)
  if (filters.account === null && filters.platform === null) {
    const ofCampaign = new Set(args.accounts)
    const rows = await readDaySheets({ req, source: FOLLOWER_SHEETS, from, to: filters.to })
    return rows.filter((row) => row.account !== '' && (filters.campaign === null || ofCampaign.has(row.account)))
  }
  const scope: Where[] =
    filters.campaign !== null
      ? [{ account: { in: [...args.accounts] } }]
      : [...eq('platform', filters.platform), ...eq('account', filters.account)]
  const docs = await findForReport({
    req,
    collection: 'account-metrics',
    where: { and: [{ date: { greater_than_equal: from } }, { date: { less_than_equal: filters.to } }, ...scope] },
    select: sheetSelect(FOLLOWER_SHEETS),
  })
  return docs.map((doc) => FOLLOWER_SHEETS.toRow(doc)).filter((row) => row.account !== '')
}
