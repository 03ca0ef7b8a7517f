import type { PayloadRequest } from 'payload'
import { zonedDate } from '../../../lib/zonedTime'
import { loadAccounts } from '../targets/loadAccounts'
import { buildBreakdowns } from './breakdowns'
import { dashboardAnswer, FLAGS_SHOWN } from './dashboardAnswer'
import type { DashboardFilters } from './dashboardQuery'
import type { DashboardReply } from './dashboardReply'
import { flaggedPostLabels } from './flaggedPosts'
import { followerChanges } from './followerChanges'
import { loadDashboardRows } from './loadDashboardRows'
import { findUnderperformers } from './underperformers'

/**
 * The results dashboard for `filters`: the rows read once (loadDashboardRows), summed in memory, then
 * the names of the accounts, authors and flagged posts it shows. `now` fixes "today" for the 待优化
 * rule (posts need two days of numbers).
 */
export async function loadDashboard(args: {
  req: PayloadRequest
  filters: DashboardFilters
  timeZone: string
  now: Date
}): Promise<DashboardReply> {
  const { req, filters, timeZone } = args
  const today = zonedDate({ at: args.now, timeZone })
  const rows = await loadDashboardRows({ req, filters, today, timeZone })
  const breakdowns = buildBreakdowns({ rows: rows.range, from: filters.from, to: filters.to, timeZone })
  const followers = followerChanges({ rows: rows.followers, from: filters.from, to: filters.to })
  const inRange = new Set(rows.range.map((row) => `${row.delivery}:${row.position}`))
  const flags = findUnderperformers({ posts: rows.peers, from: filters.from, to: filters.to, today }).filter((flag) =>
    inRange.has(`${flag.delivery}:${flag.position}`),
  )
  const accountIds = new Set([...breakdowns.byAccount.map((group) => group.key), ...followers.keys()])
  const [accounts, authors, posts] = await Promise.all([
    loadAccounts({ payload: req.payload, ids: [...accountIds] }),
    loadAuthorNames({ req, ids: breakdowns.byAuthor.map((group) => group.key) }),
    flaggedPostLabels({ req, posts: flags.slice(0, FLAGS_SHOWN) }),
  ])
  return dashboardAnswer({ filters, timeZone, breakdowns, followers, flags, labels: { accounts, authors, posts } })
}

/** Authors' names, as the caller may read them. */
async function loadAuthorNames(args: { req: PayloadRequest; ids: readonly string[] }): Promise<Map<string, string>> {
  if (args.ids.length === 0) return new Map()
  const found = await args.req.payload.find({
    collection: 'users',
    where: { id: { in: [...args.ids] } },
    select: { name: true },
    depth: 0,
    pagination: false,
    req: args.req,
    user: args.req.user,
    overrideAccess: false,
  })
  return new Map(found.docs.map((user) => [String(user.id), user.name]))
}
