import type { Client, InValue } from '@libsql/client'
import type { DashboardFilters } from '../cms/analytics/dashboard/dashboardQuery'
import { addDays } from '../lib/zonedTime'

const INTERACTIONS = 'coalesce(shares,0)+coalesce(likes,0)+coalesce(wows,0)+coalesce(comments,0)+coalesce(favorites,0)+coalesce(reposts,0)'
const SUMS = [
  ...['readers', 'reads', 'push_readers', 'plays', 'shares', 'likes', 'wows', 'comments', 'favorites', 'reposts'].map((c) => `SUM(${c})`),
  `SUM(CASE WHEN readers IS NOT NULL THEN ${INTERACTIONS} END)`,
  `SUM(CASE WHEN readers IS NULL AND plays IS NOT NULL THEN ${INTERACTIONS} END)`,
  "COUNT(DISTINCT delivery_id || ':' || position)",
].join(', ')

/** The hour offset of the bench's zone (Asia/Shanghai has no DST), as SQLite's strftime modifier. */
const ZONE_MODIFIERS: Record<string, string> = { 'Asia/Shanghai': '+8 hours', UTC: '+0 hours' }

/**
 * The dashboard's aggregates as plain SQL on the same SQLite file (the floor the bench compares
 * with): totals, each day, each breakdown, the posts' sums over the 90-day window for the medians,
 * the followers rows and the names shown. Bench-only: the product reads through the Local API.
 */
export async function floorQueries(args: { client: Client; filters: DashboardFilters; timeZone: string }): Promise<number> {
  const { client, filters } = args
  const scope: string[] = []
  const scopeArgs: InValue[] = []
  if (filters.platform) {
    scope.push('platform = ?')
    scopeArgs.push(filters.platform)
  }
  if (filters.account) {
    scope.push('account_id = ?')
    scopeArgs.push(Number(filters.account))
  }
  const campaign = filters.campaign ? ['campaign_id = ?'] : []
  const campaignArgs: InValue[] = filters.campaign ? [Number(filters.campaign)] : []
  const where = ['date >= ?', 'date <= ?', ...scope, ...campaign].join(' AND ')
  const whereArgs = [filters.from, filters.to, ...scopeArgs, ...campaignArgs]
  const hour = `CAST(strftime('%H', published_at, '${ZONE_MODIFIERS[args.timeZone] ?? '+0 hours'}') AS INTEGER)`
  let rows = 0
  const run = async (sql: string, values: InValue[]) => {
    const result = await client.execute({ sql, args: values })
    rows += result.rows.length
    return result
  }
  await run(`SELECT ${SUMS} FROM post_metrics WHERE ${where}`, whereArgs)
  for (const key of ['date', 'account_id', 'platform', 'content_type', 'author_id', hour]) {
    await run(`SELECT ${key} AS k, ${SUMS} FROM post_metrics WHERE ${where} GROUP BY k`, whereArgs)
  }
  const windowStart = addDays(filters.to, -89)
  const accounts = filters.campaign
    ? `account_id IN (SELECT DISTINCT account_id FROM post_metrics WHERE ${where})`
    : [...scope, '1 = 1'].join(' AND ')
  const accountArgs = filters.campaign ? whereArgs : scopeArgs
  const from = windowStart < filters.from ? windowStart : filters.from
  await run(
    `SELECT delivery_id, position, account_id, MIN(published_at), SUM(readers), SUM(plays) FROM post_metrics
     WHERE date >= ? AND date <= ? AND ${accounts} GROUP BY delivery_id, position`,
    [from, filters.to, ...accountArgs],
  )
  await run(
    `SELECT account_id, date, followers, new_followers, lost_followers FROM account_metrics WHERE date >= ? AND date <= ? AND ${accounts}`,
    [addDays(filters.from, -1), filters.to, ...accountArgs],
  )
  await run(
    `SELECT id, name, platform FROM platform_accounts WHERE id IN (SELECT DISTINCT account_id FROM post_metrics WHERE ${where})`,
    whereArgs,
  )
  await run(`SELECT id, name FROM users WHERE id IN (SELECT DISTINCT author_id FROM post_metrics WHERE ${where})`, whereArgs)
  return rows
}
