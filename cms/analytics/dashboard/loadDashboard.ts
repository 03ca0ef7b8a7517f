import type { PayloadRequest } from 'payload'
import { zonedDate } from '../../../lib/zonedTime'
import { isContentSlug, type ContentRef } from '../../content'
import { loadAccounts } from '../targets/loadAccounts'
import { loadTitles, titleSent } from '../targets/loadTitles'
import { buildBreakdowns } from './breakdowns'
import { dashboardAnswer, FLAGS_SHOWN, type DashboardLabels } from './dashboardAnswer'
import type { DashboardFilters } from './dashboardQuery'
import type { DashboardReply } from './dashboardReply'
import { followerChanges } from './followerChanges'
import { loadDashboardRows } from './loadDashboardRows'
import { findUnderperformers, postNumbersOf } from './underperformers'

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
  const payload = req.payload
  const rows = await loadDashboardRows({ payload, req, filters })
  const breakdowns = buildBreakdowns({ rows: rows.range, from: filters.from, to: filters.to, timeZone })
  const followers = followerChanges({ rows: rows.followers, from: filters.from, to: filters.to })
  const inRange = new Set(rows.range.map((row) => `${row.delivery}:${row.position}`))
  const flags = findUnderperformers({
    posts: postNumbersOf({ rows: rows.baseline, timeZone }),
    from: filters.from,
    to: filters.to,
    today: zonedDate({ at: args.now, timeZone }),
  }).filter((flag) => inRange.has(`${flag.delivery}:${flag.position}`))

  const flaggedRows = new Map<string, { ref: ContentRef | null; variant: number | null }>()
  for (const flag of flags.slice(0, FLAGS_SHOWN)) flaggedRows.set(`${flag.delivery}:${flag.position}`, { ref: null, variant: null })
  for (const row of rows.range) {
    const flagged = flaggedRows.get(`${row.delivery}:${row.position}`)
    if (flagged && flagged.ref === null && row.contentId !== null && isContentSlug(row.contentCollection)) {
      flagged.ref = { relationTo: row.contentCollection, value: row.contentId }
      flagged.variant = row.titleVariant
    }
  }
  const refs = [...flaggedRows.values()].flatMap((flagged) => (flagged.ref ? [flagged.ref] : []))
  const accountIds = new Set([...breakdowns.byAccount.map((group) => group.key), ...followers.keys()])
  const [accounts, titles, authors] = await Promise.all([
    loadAccounts({ payload, ids: [...accountIds] }),
    loadTitles({ payload, refs }),
    loadAuthorNames({ req, ids: breakdowns.byAuthor.map((group) => group.key) }),
  ])
  const posts: DashboardLabels['posts'] = new Map(
    [...flaggedRows].map(([key, { ref, variant }]) => [
      key,
      ref === null
        ? { title: '（已删除的内容）', itemUrl: null }
        : {
            title: titleSent({ titles, ref, variant }),
            itemUrl: `/admin/collections/${ref.relationTo}/${encodeURIComponent(String(ref.value))}`,
          },
    ]),
  )
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
