import type { PayloadRequest } from 'payload'
import type { DashboardFilters } from './dashboardQuery'
import type { DashboardReply } from './dashboardReply'
import { loadDashboard } from './loadDashboard'

/** Names and titles in an answer may be this old; the numbers never are (the data version below). */
export const LABELS_TTL_MS = 60_000
const MAX_ENTRIES = 32

type Entry = { version: string; reply: DashboardReply; storedAt: number }
const entries = new Map<string, Entry>()

/**
 * Where the numbers stand: for post-metrics and account-metrics, the newest change and the row
 * count (any create, update or delete moves one of them). Two indexed reads per collection through
 * the adapter's generic calls, a few milliseconds against a full dashboard read.
 */
export async function metricsVersion(req: PayloadRequest): Promise<string> {
  const parts: string[] = []
  for (const collection of ['post-metrics', 'account-metrics'] as const) {
    const [newest, count] = await Promise.all([
      req.payload.db.find<{ updatedAt?: string }>({
        collection,
        sort: '-updatedAt',
        limit: 1,
        pagination: false,
        select: { updatedAt: true },
        req,
      }),
      req.payload.db.count({ collection, req }),
    ])
    parts.push(`${newest.docs[0]?.updatedAt ?? ''}#${count.totalDocs}`)
  }
  return parts.join('|')
}

/**
 * The answer for `key` (the caller, the filters and the day) from memory while the numbers have not
 * changed and its labels are fresh, else `compute` it and keep it. Per process; a filter flipped
 * back and forth on the page answers at once.
 */
export async function cachedDashboard(args: {
  key: string
  version: string
  now: number
  compute: () => Promise<DashboardReply>
}): Promise<DashboardReply> {
  const hit = entries.get(args.key)
  if (hit && hit.version === args.version && args.now - hit.storedAt < LABELS_TTL_MS) return hit.reply
  const reply = await args.compute()
  entries.delete(args.key)
  entries.set(args.key, { version: args.version, reply, storedAt: args.now })
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break
    entries.delete(oldest)
  }
  return reply
}

/** The dashboard for the signed-in caller, remembered per caller, filters and team day while the numbers stand still. */
export async function dashboardFor(args: {
  req: PayloadRequest
  filters: DashboardFilters
  timeZone: string
  now: Date
}): Promise<DashboardReply> {
  const user = args.req.user
  const today = args.now.toLocaleDateString('en-CA', { timeZone: args.timeZone })
  return cachedDashboard({
    key: JSON.stringify([user?.collection, user?.id, user?.role, args.filters, today]),
    version: await metricsVersion(args.req),
    now: args.now.getTime(),
    compute: () => loadDashboard(args),
  })
}

/** For the bench's cold runs. */
export function clearDashboardCache(): void {
  entries.clear()
}
