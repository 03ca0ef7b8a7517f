import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { AccountStatRow, PostStatRow, StatsPost } from '../../../publishers'
import { POST_METRICS } from '../../../lib/analytics/metricNames'
import { relationId } from '../../content'
import { planPostDays, type StoredDay } from './dailyFromCumulative'
import { upsertAccountMetric, upsertPostMetric } from './upsertApiRow'

type Id = string | number

/**
 * Writes one account's collected numbers as `api` rows: post-metrics (the day's own numbers, a
 * cumulative reply turned into days by planPostDays) and account-metrics, each found by its `key`
 * and updated, else created, so a second run of the same days rewrites the same rows. Rows a person
 * entered are left alone. One transaction for the account where the adapter has them (the worker's
 * SQLite writes without: see cms/database/sharedSqlite.ts). Written without a user: only the system
 * writes `api` rows (keepApiRowsToTheCollector).
 */
export async function storeStats(args: {
  payload: Payload
  accountId: Id
  posts: readonly StatsPost[]
  deliveryIds: ReadonlyMap<string, Id>
  postRows: readonly PostStatRow[]
  accountRows: readonly AccountStatRow[]
  now: Date
}): Promise<{ rows: number }> {
  const { payload } = args
  const req = await createLocalReq({}, payload)
  const shouldCommit = await initTransaction(req)
  try {
    const rows = (await storePostRows({ ...args, req })) + (await storeAccountRows({ ...args, req }))
    if (shouldCommit) await commitTransaction(req)
    return { rows }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

const postKey = (deliveryId: string, position: number) => `${deliveryId}:${position}`

async function storePostRows(args: {
  payload: Payload
  req: PayloadRequest
  posts: readonly StatsPost[]
  deliveryIds: ReadonlyMap<string, Id>
  postRows: readonly PostStatRow[]
  now: Date
}): Promise<number> {
  const { payload, req } = args
  const asked = new Set(args.posts.map((post) => postKey(post.deliveryId, post.position)))
  const groups = new Map<string, PostStatRow[]>()
  for (const row of args.postRows) {
    const key = postKey(row.deliveryId, row.position)
    // A row for a post we did not ask about cannot be placed: its delivery or article is not ours.
    if (!asked.has(key)) {
      payload.logger.warn(
        { delivery: row.deliveryId, position: row.position },
        'statistics row for a post that was not asked about: ignored',
      )
      continue
    }
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  if (groups.size === 0) return 0
  const deliveries = [...new Set([...groups.values()].map((rows) => args.deliveryIds.get(rows[0].deliveryId)))]
  const stored = await payload.find({
    collection: 'post-metrics',
    where: { delivery: { in: deliveries } },
    select: { delivery: true, position: true, date: true, source: true, ...Object.fromEntries(POST_METRICS.map((name) => [name, true])) },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const storedByPost = new Map<string, (StoredDay & { id: Id })[]>()
  for (const doc of stored.docs) {
    const key = postKey(String(relationId(doc.delivery)), doc.position ?? 1)
    storedByPost.set(key, [...(storedByPost.get(key) ?? []), { ...doc, date: doc.date, source: doc.source, id: doc.id }])
  }
  const fetchedAt = args.now.toISOString()
  let written = 0
  for (const [key, incoming] of groups) {
    const { deliveryId, position } = incoming[0]
    const delivery = args.deliveryIds.get(deliveryId)
    if (delivery === undefined) continue
    const storedDays = storedByPost.get(key) ?? []
    for (const day of planPostDays({ incoming, stored: storedDays })) {
      const data = { delivery, position, date: day.date, ...day.numbers, final: day.final, externalId: day.externalId, fetchedAt }
      const existing = storedDays.find((row) => row.date === day.date)?.id
      await upsertPostMetric({ payload, req, key: `${delivery}:${position}:${day.date}`, existing, data })
      written += 1
    }
  }
  return written
}

async function storeAccountRows(args: {
  payload: Payload
  req: PayloadRequest
  accountId: Id
  accountRows: readonly AccountStatRow[]
  now: Date
}): Promise<number> {
  const { payload, req, accountId } = args
  if (args.accountRows.length === 0) return 0
  const latest = new Map(args.accountRows.map((row) => [row.date, row]))
  const stored = await payload.find({
    collection: 'account-metrics',
    where: { and: [{ account: { equals: accountId } }, { date: { in: [...latest.keys()] } }] },
    select: { date: true, source: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const storedByDate = new Map(stored.docs.map((doc) => [doc.date, doc]))
  const count = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? null : Math.max(0, Math.round(value)))
  let written = 0
  for (const row of latest.values()) {
    const existing = storedByDate.get(row.date)
    if (existing && existing.source !== 'api') continue
    // Followers known but not the day's new and lost ones: those stay empty, and the reports take the net change from the followers.
    const data = {
      account: accountId,
      date: row.date,
      followers: count(row.followers),
      newFollowers: count(row.newFollowers),
      lostFollowers: count(row.lostFollowers),
      readers: count(row.readers),
      shares: count(row.shares),
      final: row.final,
      fetchedAt: args.now.toISOString(),
    }
    await upsertAccountMetric({ payload, req, key: `${accountId}:${row.date}`, existing: existing?.id, data })
    written += 1
  }
  return written
}
