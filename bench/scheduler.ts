/**
 * bench:scheduler — 500 deliveries over WeChat, Weibo and Toutiao, all due at the same instant,
 * published by the real worker process (its own process, production timing) through a private
 * Redis to the local platform fakes, which answer at once. Prints how many were published, the
 * duplicates (posts the fakes received beyond one per delivery: must be 0) and the delay between
 * the due time and the fake receiving the post (WeChat freepublish/submit, Weibo statuses/share,
 * Toutiao video/create): p50, p99 (target under 10 s) and max, overall and per platform.
 * Run: node --import tsx bench/scheduler.ts [deliveries]
 */
import { cpus, loadavg } from 'node:os'
import { readNote, readRemoteIds } from '../cms/delivery/deliveryJson'
import type { PlatformId } from '../lib/platforms'
import { fakeAccountData } from '../tests/fakes/shared/fakeAccounts'
import { createFakeControl } from '../tests/fakes/shared/fakeControl'
import { startToutiaoFake } from '../tests/fakes/toutiao'
import { startWechatFake } from '../tests/fakes/wechat'
import { startWeiboFake } from '../tests/fakes/weibo'
import { startTestRedis } from '../tests/helpers/redis'
import { startTestCms } from '../tests/helpers/testCms'
import { startTestWorker } from '../tests/helpers/worker'
import { createDeliveries, planDeliveries } from './schedulerSetup'

const TOTAL = Number(process.argv[2] ?? 500)
const LEAD_MS = 8000
const FINAL = new Set(['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'cancelled'])
/** Where each fake records a post, and the remote id that names it on the delivery. */
const POSTS: Record<PlatformId, { kind: string; field: string; remoteId: string }> = {
  wechat: { kind: 'publish', field: 'publish_id', remoteId: 'publish' },
  weibo: { kind: 'post', field: 'idstr', remoteId: 'post' },
  toutiao: { kind: 'video', field: 'item_id', remoteId: 'item' },
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return `p50 ${seconds(quantile(sorted, 0.5))}, p99 ${seconds(quantile(sorted, 0.99))}, max ${seconds(sorted[sorted.length - 1] ?? Number.NaN)}`
}

const fakes = {
  // One account gets 100 freepublish calls a day on the real platform: the fake lifts its quotas.
  wechat: await startWechatFake({ port: 0, options: { publishPollsUntilFinal: 0, dailyQuotas: {} } }),
  weibo: await startWeiboFake({ port: 0, options: { postsPerHour: 1_000_000 } }),
  toutiao: await startToutiaoFake({ port: 0 }),
}
process.env.WECHAT_API_BASE = fakes.wechat.baseUrl
process.env.WEIBO_API_BASE = fakes.weibo.baseUrl
process.env.TOUTIAO_API_BASE = fakes.toutiao.baseUrl
process.env.LOG_LEVEL ??= 'error'
const redis = await startTestRedis()
const cms = await startTestCms()
process.env.PUBLIC_URL ??= cms.url
// Its own writes take turns too (SQLite: see cms/database/databaseTurns.ts).
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
const planned = await planDeliveries({ payload, total: TOTAL })
const contentMs = Date.now() - started
const worker = await startTestWorker({ lockMs: 15_000, reconcileEveryMs: 60_000 })

started = Date.now()
const due = new Date(Date.now() + LEAD_MS + TOTAL * 8)
const deliveries = await createDeliveries({ payload, planned, accounts, due })
const createMs = Date.now() - started
started = Date.now()
for (const delivery of deliveries) await queues.enqueueDelivery({ deliveryId: delivery.id, platform: delivery.platform, runAt: due })
const enqueueMs = Date.now() - started
if (Date.now() > due.getTime() - 1000) throw new Error('setup took longer than the lead time: raise LEAD_MS')

// Watching costs the machine too: a count every half second.
for (;;) {
  const { totalDocs } = await payload.count({ collection: 'deliveries', overrideAccess: true, where: { state: { in: [...FINAL] } } })
  if (totalDocs >= TOTAL || Date.now() - due.getTime() > 300_000) break
  await new Promise((resolve) => setTimeout(resolve, 500))
}
const finalAfterMs = Date.now() - due.getTime()
const { docs: stored } = await payload.find({ collection: 'deliveries', overrideAccess: true, depth: 0, limit: TOTAL, pagination: false })
const states: Record<string, string> = Object.fromEntries(stored.map((doc) => [String(doc.id), String(doc.state)]))

const delays: Record<PlatformId, number[]> = { wechat: [], weibo: [], toutiao: [] }
let posts = 0
let duplicates = 0
for (const platform of ['wechat', 'weibo', 'toutiao'] as const) {
  const { kind, field, remoteId } = POSTS[platform]
  const received = await createFakeControl(fakes[platform].baseUrl).entries(kind)
  posts += received.length
  delays[platform] = received.map((entry) => entry.at - due.getTime())
  const recorded = stored
    .filter((doc) => deliveries.some((d) => String(d.id) === String(doc.id) && d.platform === platform))
    .map((doc) => readRemoteIds(doc.remoteIds)[remoteId])
    .filter(Boolean)
  const perPost = new Map<string, number>()
  for (const entry of received) perPost.set(String(entry.data[field]), (perPost.get(String(entry.data[field])) ?? 0) + 1)
  // A post beyond one per delivery: the same delivery twice, or a post no delivery recorded.
  duplicates += received.length - new Set(recorded).size
}
const byState: Record<string, number> = {}
for (const state of Object.values(states)) byState[state] = (byState[state] ?? 0) + 1
const published = byState.published ?? 0
const all = [...delays.wechat, ...delays.weibo, ...delays.toutiao].sort((a, b) => a - b)
const p99 = quantile(all, 0.99)

console.log(
  `Scheduler benchmark: ${TOTAL} deliveries (${planned.filter((p) => p.platform === 'wechat').length} WeChat, ${planned.filter((p) => p.platform === 'weibo').length} Weibo, ${planned.filter((p) => p.platform === 'toutiao').length} Toutiao), all due at the same instant`,
)
console.log(
  `  machine: ${cpus().length} CPUs, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; worker: one process, SQLite, Redis ${redis.url}`,
)
console.log(
  `  setup: content ${seconds(contentMs)}, ${TOTAL} calendar entries + deliveries ${seconds(createMs)}, ${TOTAL} jobs enqueued ${seconds(enqueueMs)}`,
)
console.log(
  `  published: ${published} / ${TOTAL}  (states: ${Object.entries(byState)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ')})`,
)
const reasons = new Map<string, number>()
for (const doc of stored)
  if (doc.state !== 'published') {
    const reason = `${doc.state}: ${(readNote(doc.lastError)?.message ?? '').slice(0, 120)}`
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
  }
for (const [reason, n] of reasons) console.log(`    ${n} × ${reason}`)
console.log(`  duplicates: ${duplicates}  (posts received by the fakes: ${posts})`)
console.log(`  delay from due time to the platform receiving the post: ${spread(all)}`)
for (const platform of ['wechat', 'weibo', 'toutiao'] as const) console.log(`    ${platform.padEnd(8)} ${spread(delays[platform])}`)
// Where WeChat's time goes: when each step of its publish reached the fake.
const wechatLedger = await createFakeControl(fakes.wechat.baseUrl).ledger()
for (const step of ['uploadimg', 'material', 'draft', 'publish']) {
  const at = wechatLedger.entries.filter((entry) => entry.kind === step).map((entry) => entry.at - due.getTime())
  console.log(`    wechat ${step.padEnd(9)} reached ${spread(at)}`)
}
console.log(`  every delivery final ${seconds(finalAfterMs)} after the due time (WeChat's status check included)`)
console.log(
  `  checks: duplicates = 0 ${duplicates === 0 ? '✔' : '✖'}, all published ${published === TOTAL ? '✔' : '✖'}, p99 < 10 s ${p99 < 10_000 ? '✔' : '✖'}`,
)

await worker.stop()
await queues.closeQueues()
await cms.close()
await redis.stop()
await Promise.all(Object.values(fakes).map((fake) => fake.close()))
process.exit(duplicates === 0 && published === TOTAL ? 0 : 1)
