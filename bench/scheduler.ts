/**
 * bench:scheduler — the real worker process (its own process, production timing) publishing through a
 * private Redis to the local platform fakes, which answer at once. Two cases, one after the other:
 *  - mixed: 500 deliveries over WeChat, Weibo and Toutiao, all due at the same instant. Prints how many
 *    were published, the duplicates (posts the fakes received beyond one per delivery: must be 0) and
 *    the delay between the due time and the fake receiving the post (WeChat freepublish/submit, Weibo
 *    statuses/share, Toutiao video/create): p50, p99 (target under 10 s) and max, overall and per platform;
 *  - mass: 50 WeChat accounts each with a 群发 of 3 articles (lead + 2 次条) due at the same minute.
 *    Prints the sendall calls the fake received (exactly one per push), the drafts' article counts and
 *    the delay from the due time to the sendall: p50, p99 and max, beside the mixed case's WeChat figures.
 * Run: node --import tsx bench/scheduler.ts [deliveries] [--mass-accounts N] [--only mixed|mass] [--lead-ms 8000]
 * (`--postgres` / `--workers N`: the multi-process bench, bench/schedulerWorkers.ts)
 */
import { cpus, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { readNote, readRemoteIds } from '../cms/delivery/deliveryJson'
import type { PlatformId } from '../lib/platforms'
import { fakeAccountData } from '../tests/fakes/shared/fakeAccounts'
import { createFakeControl } from '../tests/fakes/shared/fakeControl'
import type { LedgerEntry } from '../tests/fakes/shared/ledger'
import { startToutiaoFake } from '../tests/fakes/toutiao'
import { startWechatFake } from '../tests/fakes/wechat'
import { startWeiboFake } from '../tests/fakes/weibo'
import { startTestRedis } from '../tests/helpers/redis'
import { startTestCms } from '../tests/helpers/testCms'
import { startTestWorker } from '../tests/helpers/worker'
import { startMassCallbackRelay } from './massCallbackRelay'
import { createDeliveries, createMassDeliveries, planDeliveries, planMassPushes } from './schedulerSetup'

// Across worker processes (and on Postgres): the multi-process bench takes over.
if (process.argv.includes('--postgres') || process.argv.includes('--workers')) {
  const { benchSchedulerWorkers } = await import('./schedulerWorkers')
  process.exit((await benchSchedulerWorkers(process.argv.slice(2))) ? 0 : 1)
}

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'mass-accounts': { type: 'string', default: '50' }, only: { type: 'string' }, 'lead-ms': { type: 'string', default: '8000' } },
})
const TOTAL = Number(positionals[0] ?? 500)
const MASS_ACCOUNTS = Number(flags['mass-accounts'])
/** Articles per 群发 (lead included), and how many distinct sets the pushes cycle through. */
const MASS_ARTICLES = 3
const MASS_SETS = 5
const RUN_MIXED = flags.only !== 'mass'
const RUN_MASS = flags.only !== 'mixed' && MASS_ACCOUNTS > 0
/** Time to create and enqueue the load before it is due: `--lead-ms`, plus a share per delivery (more on a loaded machine). */
const LEAD_MS = Number(flags['lead-ms'])
const FINAL = new Set(['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'cancelled'])
/** The platforms the bench publishes to (the others are left out on purpose). */
type BenchPlatform = Extract<PlatformId, 'wechat' | 'weibo' | 'toutiao'>
/** Where each fake records a post, and the remote id that names it on the delivery. */
const POSTS: Record<BenchPlatform, { kind: string; field: string; remoteId: string }> = {
  wechat: { kind: 'publish', field: 'publish_id', remoteId: 'publish' },
  weibo: { kind: 'post', field: 'idstr', remoteId: 'post' },
  toutiao: { kind: 'video', field: 'item_id', remoteId: 'item' },
}
/** Where the WeChat fake records a mass send, and the send job's id on it and on the delivery. */
const MASS = { kind: 'sendall', field: 'msg_id', remoteId: 'msgId' }

type Id = string | number
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return `p50 ${seconds(quantile(sorted, 0.5))}, p99 ${seconds(quantile(sorted, 0.99))}, max ${seconds(sorted[sorted.length - 1] ?? Number.NaN)}`
}
const p99Of = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.99,
  )

const fakes = {
  // One account gets 100 freepublish calls a day on the real platform: the fake lifts its quotas. The
  // mass-send case's 50 accounts share the fake's one app, so it plays a service account (no daily
  // 群发 limit; followers past 4 a month are counted as errors, the send still succeeds). A send job is
  // done a second after it was accepted: the first mass/get says SEND_SUCCESS and the completion event
  // (with the links) goes out through the relay to the account's callback address.
  wechat: await startWechatFake({
    port: 0,
    options: { publishPollsUntilFinal: 0, dailyQuotas: {}, accountType: 'service', massMsUntilFinal: 1000 },
  }),
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
const relay = await startMassCallbackRelay({ payload, cmsUrl: cms.url })
const wechatControl = createFakeControl(fakes.wechat.baseUrl)
await wechatControl.configure({ callbackUrl: relay.url })

const make = (data: Record<string, unknown>) =>
  payload.create({ collection: 'platform-accounts', overrideAccess: true, data: data as never }).then((doc) => doc.id)

let started = Date.now()
const accounts = {
  wechat: await make(fakeAccountData('wechat', '基准公众号')),
  weibo: await make(fakeAccountData('weibo', '基准微博')),
  toutiao: await make(fakeAccountData('toutiao', '基准头条号')),
}
const planned = RUN_MIXED ? await planDeliveries({ payload, total: TOTAL }) : []
const massAccounts: Id[] = []
if (RUN_MASS) {
  for (let n = 1; n <= MASS_ACCOUNTS; n += 1) {
    const data = fakeAccountData('wechat', `群发基准号 ${n}`)
    massAccounts.push(await make({ ...data, settings: { openComments: false, accountType: 'subscription', defaultPushMode: 'mass' } }))
  }
}
const massPushes = RUN_MASS ? await planMassPushes({ payload, pushes: Math.min(MASS_SETS, MASS_ACCOUNTS), articles: MASS_ARTICLES }) : []
const contentMs = Date.now() - started
const worker = await startTestWorker({ lockMs: 15_000, reconcileEveryMs: 60_000 })

/** Waits until every delivery of `ids` has a final state (or five minutes past `due`), counting twice a second. */
async function waitFinal(args: { ids: Id[]; due: Date }): Promise<number> {
  for (;;) {
    const { totalDocs } = await payload.count({
      collection: 'deliveries',
      overrideAccess: true,
      where: { and: [{ id: { in: args.ids } }, { state: { in: [...FINAL] } }] },
    })
    if (totalDocs >= args.ids.length || Date.now() - args.due.getTime() > 300_000) return Date.now() - args.due.getTime()
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** The deliveries' states, counted, and the reasons of those not published. */
async function statesOf(ids: Id[]) {
  const { docs } = await payload.find({
    collection: 'deliveries',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    where: { id: { in: ids } },
  })
  const byState: Record<string, number> = {}
  const reasons = new Map<string, number>()
  for (const doc of docs) {
    byState[doc.state] = (byState[doc.state] ?? 0) + 1
    if (doc.state !== 'published') {
      const reason = `${doc.state}: ${(readNote(doc.lastError)?.message ?? '').slice(0, 120)}`
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
    }
  }
  return { docs, byState, reasons, published: byState.published ?? 0 }
}

function printStates(args: { total: number; byState: Record<string, number>; reasons: Map<string, number>; published: number }) {
  console.log(
    `  published: ${args.published} / ${args.total}  (states: ${Object.entries(args.byState)
      .map(([state, n]) => `${state} ${n}`)
      .join(', ')})`,
  )
  for (const [reason, n] of args.reasons) console.log(`    ${n} × ${reason}`)
}

console.log(`Scheduler benchmark`)
console.log(
  `  machine: ${cpus().length} CPUs, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; worker: one process, SQLite, Redis ${redis.url}; content and accounts ready in ${seconds(contentMs)}`,
)

const checks: { name: string; ok: boolean }[] = []
let wechatMixedDelays: number[] = []

if (RUN_MIXED) {
  started = Date.now()
  const due = new Date(Date.now() + LEAD_MS + TOTAL * 8)
  const deliveries = await createDeliveries({ payload, planned, accounts, due })
  const createMs = Date.now() - started
  started = Date.now()
  for (const delivery of deliveries) await queues.enqueueDelivery({ deliveryId: delivery.id, platform: delivery.platform, runAt: due })
  const enqueueMs = Date.now() - started
  if (Date.now() > due.getTime() - 1000) throw new Error('setup took longer than the lead time: raise --lead-ms')
  const finalAfterMs = await waitFinal({ ids: deliveries.map((d) => d.id), due })
  const result = await statesOf(deliveries.map((d) => d.id))

  const delays: Record<BenchPlatform, number[]> = { wechat: [], weibo: [], toutiao: [] }
  let posts = 0
  let duplicates = 0
  for (const platform of ['wechat', 'weibo', 'toutiao'] as const) {
    const { kind, remoteId } = POSTS[platform]
    const received = await createFakeControl(fakes[platform].baseUrl).entries(kind)
    posts += received.length
    delays[platform] = received.map((entry) => entry.at - due.getTime())
    const recorded = result.docs
      .filter((doc) => deliveries.some((d) => String(d.id) === String(doc.id) && d.platform === platform))
      .map((doc) => readRemoteIds(doc.remoteIds)[remoteId])
      .filter(Boolean)
    // A post beyond one per delivery: the same delivery twice, or a post no delivery recorded.
    duplicates += received.length - new Set(recorded).size
  }
  wechatMixedDelays = delays.wechat
  const all = [...delays.wechat, ...delays.weibo, ...delays.toutiao]

  console.log(
    `\nMixed: ${TOTAL} deliveries (${planned.filter((p) => p.platform === 'wechat').length} WeChat, ${planned.filter((p) => p.platform === 'weibo').length} Weibo, ${planned.filter((p) => p.platform === 'toutiao').length} Toutiao), all due at the same instant`,
  )
  console.log(`  setup: ${TOTAL} calendar entries + deliveries ${seconds(createMs)}, ${TOTAL} jobs enqueued ${seconds(enqueueMs)}`)
  printStates({ total: TOTAL, ...result })
  console.log(`  duplicates: ${duplicates}  (posts received by the fakes: ${posts})`)
  console.log(`  delay from due time to the platform receiving the post: ${spread(all)}`)
  for (const platform of ['wechat', 'weibo', 'toutiao'] as const) console.log(`    ${platform.padEnd(8)} ${spread(delays[platform])}`)
  // Where WeChat's time goes: when each step of its publish reached the fake.
  const wechatLedger = await wechatControl.ledger()
  for (const step of ['uploadimg', 'material', 'draft', 'publish']) {
    const at = wechatLedger.entries.filter((entry) => entry.kind === step).map((entry) => entry.at - due.getTime())
    console.log(`    wechat ${step.padEnd(9)} reached ${spread(at)}`)
  }
  console.log(`  every delivery final ${seconds(finalAfterMs)} after the due time (WeChat's status check included)`)
  checks.push(
    { name: 'mixed: duplicates = 0', ok: duplicates === 0 },
    { name: 'mixed: all published', ok: result.published === TOTAL },
    { name: 'mixed: p99 < 10 s', ok: p99Of(all) < 10_000 },
  )
}

if (RUN_MASS) {
  // The mixed case's WeChat calls stay in the ledger: the mass case counts only what came after it.
  const before = (await wechatControl.ledger()).entries.length
  started = Date.now()
  // Calendar times are whole minutes: the pushes are due at the first whole minute after the lead time.
  const due = new Date(Math.ceil((Date.now() + LEAD_MS + MASS_ACCOUNTS * 40) / 60_000) * 60_000)
  const ids = await createMassDeliveries({ payload, accounts: massAccounts, pushes: massPushes, due })
  const createMs = Date.now() - started
  for (const id of ids) await queues.enqueueDelivery({ deliveryId: id, platform: 'wechat', runAt: due })
  if (Date.now() > due.getTime() - 1000) throw new Error('setup took longer than the lead time: raise --lead-ms')
  const finalAfterMs = await waitFinal({ ids, due })
  const result = await statesOf(ids)

  const entries = (await wechatControl.ledger()).entries.slice(before)
  const of = (kind: string) => entries.filter((entry: LedgerEntry) => entry.kind === kind)
  const sends = of(MASS.kind)
  const recorded = result.docs.map((doc) => doc.msgId ?? readRemoteIds(doc.remoteIds)[MASS.remoteId]).filter(Boolean)
  const sentJobs = new Set(sends.map((entry) => String(entry.data[MASS.field])))
  // Exactly once: one sendall per push, and each one is the send job its delivery recorded.
  const exactlyOnce = sends.length === ids.length && sentJobs.size === ids.length && recorded.every((id) => sentJobs.has(String(id)))
  const articleCounts = new Map<number, number>()
  for (const draft of of('draft')) {
    const count = Array.isArray(draft.data.articles) ? draft.data.articles.length : Number(draft.data.articles ?? draft.data.count ?? 1)
    articleCounts.set(count, (articleCounts.get(count) ?? 0) + 1)
  }
  const delays = sends.map((entry) => entry.at - due.getTime())
  // The completion event's links: the lead's on the delivery, each 次条's on its bundle row.
  const linked = result.docs.filter((doc) => Boolean(doc.url) && (doc.bundle ?? []).every((row) => Boolean(row.url))).length

  console.log(
    `\nMass send: ${MASS_ACCOUNTS} WeChat accounts, each a 群发 of ${MASS_ARTICLES} articles (lead + ${MASS_ARTICLES - 1}), due at the same minute`,
  )
  console.log(`  setup: ${MASS_ACCOUNTS} calendar entries + deliveries ${seconds(createMs)}`)
  printStates({ total: ids.length, ...result })
  console.log(
    `  sendall received by the fake: ${sends.length} for ${ids.length} pushes (${sentJobs.size} distinct send jobs, ${recorded.length} recorded on deliveries)`,
  )
  console.log(
    `  drafts by article count: ${[...articleCounts.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([count, n]) => `${n} × ${count}`)
      .join(', ')}`,
  )
  console.log(`  links recorded from the completion events: ${linked} / ${ids.length} pushes with all ${MASS_ARTICLES}`)
  console.log(`  delay from due time to the fake receiving sendall: ${spread(delays)}`)
  for (const step of ['uploadimg', 'material', 'draft'])
    console.log(`    wechat ${step.padEnd(9)} reached ${spread(of(step).map((e) => e.at - due.getTime()))}`)
  if (wechatMixedDelays.length > 0) console.log(`    beside: mixed case, WeChat freepublish/submit ${spread(wechatMixedDelays)}`)
  console.log(`  every push final ${seconds(finalAfterMs)} after the due time (mass/get included)`)
  checks.push(
    { name: 'mass: each push sent exactly once', ok: exactlyOnce },
    { name: 'mass: all published', ok: result.published === ids.length },
    { name: `mass: every draft holds ${MASS_ARTICLES} articles`, ok: articleCounts.size === 1 && articleCounts.has(MASS_ARTICLES) },
    { name: 'mass: p99 < 10 s', ok: p99Of(delays) < 10_000 },
  )
}

console.log(`\n  checks: ${checks.map((check) => `${check.name} ${check.ok ? '✔' : '✖'}`).join(', ')}`)

await worker.stop()
await queues.closeQueues()
await relay.close()
await cms.close()
await redis.stop()
await Promise.all(Object.values(fakes).map((fake) => fake.close()))
// Exit 1 on a duplicate or an unpublished delivery (the delay targets are reported, not enforced).
const failed = checks.filter((check) => !check.name.includes('p99') && !check.ok)
process.exit(failed.length === 0 ? 0 : 1)
