/**
 * One run of the multi-process scheduler bench (bench/schedulerWorkers.ts starts it, one process per
 * run, since the database is chosen at import): `total` deliveries over WeChat, Weibo and Toutiao, all
 * due at the same instant, published by `workers` real worker processes through one Redis to the
 * local platform fakes (which answer at once), on SQLite or on a fresh local Postgres. With --kill,
 * one worker is killed (SIGKILL) once a third of the posts have reached the fakes. Prints one
 * `RESULT {json}` line: states, posts and duplicates counted on the fakes' ledgers, delays.
 * Run: node --import tsx bench/schedulerWorkersRun.ts --database postgres --workers 3 --total 5000 [--kill]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { readRemoteIds } from '../cms/delivery/deliveryJson'
import type { PlatformId } from '../lib/platforms'
import { databaseKind } from '../lib/databaseKind'
import { startPostgres } from '../scripts/postgres.mjs'
import { fakeAccountData } from '../tests/fakes/shared/fakeAccounts'
import { createFakeControl } from '../tests/fakes/shared/fakeControl'
import { startToutiaoFake } from '../tests/fakes/toutiao'
import { startWechatFake } from '../tests/fakes/wechat'
import { startWeiboFake } from '../tests/fakes/weibo'
import { startTestRedis } from '../tests/helpers/redis'
import { startTestCms } from '../tests/helpers/testCms'
import { startTestWorker, type TestWorker } from '../tests/helpers/worker'
import { createDeliveries, planDeliveries } from './schedulerSetup'

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'sqlite' },
    workers: { type: 'string', default: '1' },
    total: { type: 'string', default: '5000' },
    kill: { type: 'boolean', default: false },
  },
  strict: true,
})
const options = z
  .object({
    database: z.enum(['sqlite', 'postgres']),
    workers: z.coerce.number().int().min(1).max(16),
    total: z.coerce.number().int().min(3).max(100_000),
    kill: z.boolean(),
  })
  .parse(values)
if (options.kill && options.workers < 2) throw new Error('--kill needs --workers 2 or more: the others finish the killed one’s work')

const TOTAL = options.total
const LOCK_MS = 15_000
const FINAL = new Set(['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'cancelled'])
/** The platforms the bench publishes to (the others are left out on purpose). */
type BenchPlatform = Extract<PlatformId, 'wechat' | 'weibo' | 'toutiao'>
/** Where each fake records a post, and the remote id that names it on the delivery. */
const POSTS: Record<BenchPlatform, { kind: string; field: string; remoteId: string }> = {
  wechat: { kind: 'publish', field: 'publish_id', remoteId: 'publish' },
  weibo: { kind: 'post', field: 'idstr', remoteId: 'post' },
  toutiao: { kind: 'video', field: 'item_id', remoteId: 'item' },
}
const PLATFORMS = ['wechat', 'weibo', 'toutiao'] as const

const fakes = {
  wechat: await startWechatFake({ port: 0, options: { publishPollsUntilFinal: 0, dailyQuotas: {} } }),
  weibo: await startWeiboFake({ port: 0, options: { postsPerHour: 1_000_000 } }),
  toutiao: await startToutiaoFake({ port: 0 }),
}
process.env.WECHAT_API_BASE = fakes.wechat.baseUrl
process.env.WEIBO_API_BASE = fakes.weibo.baseUrl
process.env.TOUTIAO_API_BASE = fakes.toutiao.baseUrl
process.env.LOG_LEVEL ??= 'error'
const redis = await startTestRedis()
const postgresDir = options.database === 'postgres' ? fs.mkdtempSync(path.join(os.tmpdir(), 'cms-bench-postgres-')) : null
if (postgresDir) fs.chmodSync(postgresDir, 0o755)
// Durable settings (fsync on), as a deployment runs it.
const postgres = postgresDir ? await startPostgres({ dir: postgresDir }) : null
if (postgres) {
  // As a Postgres suite asks for it (tests/helpers/testCms.ts): a fresh database on that server.
  process.env.TEST_POSTGRES_URL = postgres.url
  process.env.TEST_ON_POSTGRES = '1'
}
const cms = await startTestCms()
// A figure printed under the wrong database's name is worse than none.
const runsOn = databaseKind(process.env.DATABASE_URL ?? '')
if (runsOn !== options.database) throw new Error(`asked for ${options.database}, but the CMS runs on ${runsOn}`)
process.env.PUBLIC_URL ??= cms.url
// Its own writes take turns on SQLite (cms/database/databaseTurns.ts); on Postgres nothing waits.
const payload = (await import('../cms/database/databaseTurns')).withDatabaseTurns(cms.payload)
const queues = await import('../scheduler/queues')

let started = Date.now()
const make = (data: Record<string, unknown>) =>
  payload.create({ collection: 'platform-accounts', overrideAccess: true, data: data as never }).then((doc) => doc.id)
const accounts = {
  wechat: await make(fakeAccountData('wechat', '基准公众号')),
  weibo: await make(fakeAccountData('weibo', '基准微博')),
  toutiao: await make(fakeAccountData('toutiao', '基准头条号')),
}
// One Weibo text per delivery (the platform refuses the same text twice in a row, and with several
// workers the order of posts is not the order of the deliveries); WeChat articles and Toutiao videos reused.
const planned = await planDeliveries({ payload, total: TOTAL })
const contentMs = Date.now() - started
const workers: TestWorker[] = await Promise.all(
  Array.from({ length: options.workers }, () => startTestWorker({ lockMs: LOCK_MS, reconcileEveryMs: 60_000, timeoutMs: 180_000 })),
)

// The deliveries and their jobs are written before the due time, eight at a time (on SQLite they take
// turns anyway). How long that takes is measured first on a sample, created far in the future and removed.
const inBatches = async (due: Date, plans: typeof planned) => {
  const made: Awaited<ReturnType<typeof createDeliveries>> = []
  const size = Math.ceil(plans.length / 8)
  const parts = await Promise.all(
    Array.from({ length: 8 }, (_, n) => createDeliveries({ payload, planned: plans.slice(n * size, (n + 1) * size), accounts, due })),
  )
  for (const part of parts) made.push(...part)
  return made
}
const sample = planned.slice(0, Math.min(200, TOTAL))
started = Date.now()
const trial = await inBatches(new Date(Date.now() + 86_400_000), sample)
const perDeliveryMs = (Date.now() - started) / sample.length
for (const collection of ['deliveries', 'calendar-entries'] as const)
  await payload.db.deleteMany({ collection, where: { id: { exists: true } } })
const leadMs = 10_000 + Math.round(TOTAL * (perDeliveryMs * 1.5 + 2))
if (trial.length !== sample.length) throw new Error('the sample deliveries were not all created')
started = Date.now()
const due = new Date(Date.now() + leadMs)
const deliveries = await inBatches(due, planned)
const createMs = Date.now() - started
started = Date.now()
for (const delivery of deliveries) await queues.enqueueDelivery({ deliveryId: delivery.id, platform: delivery.platform, runAt: due })
const enqueueMs = Date.now() - started
if (Date.now() > due.getTime() - 1000) throw new Error('setup took longer than the lead time: raise leadMs')

const postsSoFar = async () => {
  let count = 0
  for (const platform of PLATFORMS) count += (await createFakeControl(fakes[platform].baseUrl).entries(POSTS[platform].kind)).length
  return count
}
let killed: { pid: number | undefined; afterMs: number; postsBefore: number } | null = null
for (;;) {
  if (options.kill && killed === null && Date.now() > due.getTime()) {
    const posts = await postsSoFar()
    if (posts >= TOTAL / 3) {
      const victim = workers[0]
      killed = { pid: victim.pid(), afterMs: Date.now() - due.getTime(), postsBefore: posts }
      await victim.kill()
    }
  }
  const { totalDocs } = await payload.count({ collection: 'deliveries', overrideAccess: true, where: { state: { in: [...FINAL] } } })
  if (totalDocs >= TOTAL || Date.now() - due.getTime() > 300_000) break
  await new Promise((resolve) => setTimeout(resolve, killed || !options.kill ? 500 : 100))
}
const finalAfterMs = Date.now() - due.getTime()
const { docs: stored } = await payload.find({ collection: 'deliveries', overrideAccess: true, depth: 0, limit: TOTAL, pagination: false })
const platformOf = new Map(deliveries.map((delivery) => [String(delivery.id), delivery.platform]))

const delays: number[] = []
let posts = 0
let duplicates = 0
let unrecordedPosts = 0
const postedIds = new Set<string>()
for (const platform of PLATFORMS) {
  const { kind, field, remoteId } = POSTS[platform]
  const received = await createFakeControl(fakes[platform].baseUrl).entries(kind)
  posts += received.length
  delays.push(...received.map((entry) => entry.at - due.getTime()))
  const recorded = new Map<string, string>()
  for (const doc of stored) {
    const id = readRemoteIds(doc.remoteIds)[remoteId]
    if (platformOf.get(String(doc.id)) === platform && id) recorded.set(String(id), String(doc.id))
  }
  const seen = new Set<string>()
  for (const entry of received) {
    const postId = String(entry.data[field])
    // A post beyond one per delivery: the same post id twice, or a second post of one delivery.
    if (seen.has(postId)) duplicates += 1
    seen.add(postId)
    const delivery = recorded.get(postId)
    if (delivery) postedIds.add(delivery)
    else unrecordedPosts += 1
  }
  // Posts that reached the platform but that no delivery names: each is a second post of some delivery
  // unless it belongs to one whose run died before recording it (those stay unconfirmed, for an operator).
}
const byState: Record<string, number> = {}
for (const doc of stored) byState[String(doc.state)] = (byState[String(doc.state)] ?? 0) + 1
const unconfirmed = stored.filter((doc) => doc.state === 'unconfirmed').length
// Unrecorded posts beyond the unconfirmed deliveries can only be doubles.
duplicates += Math.max(0, unrecordedPosts - unconfirmed)
const notFinal = stored.filter((doc) => !FINAL.has(String(doc.state))).length
delays.sort((a, b) => a - b)
const claims = stored
  .map((doc) => (doc.sentAt ? new Date(doc.sentAt).getTime() - due.getTime() : Number.NaN))
  .filter((ms) => !Number.isNaN(ms))
  .sort((a, b) => a - b)
const quantileOf = (sorted: number[], q: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
const quantile = (q: number) => quantileOf(delays, q)

const result = {
  database: options.database,
  workers: options.workers,
  total: TOTAL,
  killed,
  setupMs: { content: contentMs, deliveries: createMs, enqueue: enqueueMs },
  states: byState,
  published: byState.published ?? 0,
  unconfirmed,
  unconfirmedPostedAtFake: Math.min(unconfirmed, unrecordedPosts),
  // Not in a final state after five minutes: stuck, i.e. lost. (Unconfirmed is final: an operator checks the platform.)
  lost: notFinal,
  posts,
  duplicates,
  delayMs: { p50: quantile(0.5), p99: quantile(0.99), max: delays[delays.length - 1] ?? Number.NaN },
  // Due time to the (last) claim: the part of the delay spent before a worker took the delivery.
  claimMs: { p50: quantileOf(claims, 0.5), p99: quantileOf(claims, 0.99) },
  finalAfterMs,
}
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)

await Promise.all(workers.map((worker) => worker.stop()))
await queues.closeQueues()
await cms.close()
await redis.stop()
await postgres?.stop()
if (postgresDir) fs.rmSync(postgresDir, { recursive: true, force: true })
await Promise.all(Object.values(fakes).map((fake) => fake.close()))
process.exit(0)
