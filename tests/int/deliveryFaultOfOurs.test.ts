/**
 * A run that failed for a reason of ours, not the platform's (here drizzle's failed statement), as the
 * operator finds it on the delivery: what failed and why, without the statement's values. And a process
 * stopped between two writes of a run after its post: nothing is left that recovery or the reconciler
 * does not finish (the content marked 已发布, the calendar entry, the owner told, a push's 次条 links), and
 * nothing a run writes without a transaction takes rows with it (the item's 话题 and 改写, an account's 长期指标).
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { DrizzleQueryError } from 'drizzle-orm/errors'
import type { Article } from '../../cms/payload-types'
import type { Id } from '../helpers/fixtures'
import {
  approvedArticle,
  postCount,
  queuedDelivery,
  readDelivery,
  setDeliveryState,
  type SchedulerWorld,
  startSchedulerWorld,
} from './schedulerWorld'

let world: SchedulerWorld
before(async () => {
  world = await startSchedulerWorld()
})
after(async () => {
  await world?.close()
})

type AdapterWrite = { collection: string; data?: unknown; versionData?: { version?: unknown } }

/**
 * A process stopped at a write: a fault at the database adapter, below everything of ours, on the first
 * write of `method` that `matches` picks. `work` must fail with it; answers how many writes failed (one).
 */
async function stoppedAtWrite(
  method: 'updateOne' | 'updateVersion',
  matches: (args: AdapterWrite) => boolean,
  work: () => Promise<unknown>,
): Promise<number> {
  const adapter = world.cms.payload.db
  const original = adapter[method]
  let failures = 0
  const failing = async (args: AdapterWrite & Record<string, unknown>) => {
    if (failures === 0 && matches(args)) {
      failures += 1
      throw new Error('process stopped')
    }
    return (original as (a: unknown) => Promise<unknown>).call(adapter, args)
  }
  Object.assign(adapter, { [method]: failing })
  try {
    await assert.rejects(work(), /process stopped/)
  } finally {
    Object.assign(adapter, { [method]: original })
  }
  return failures
}

const field = (value: unknown, name: string) =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined

type StatementBuilder = (table: unknown) => unknown
type DrizzleWrites = Record<'update' | 'delete' | 'insert', StatementBuilder>

/**
 * A process stopped at the `nth` statement that writes to a table `on` picks, with no transaction around
 * the work (the SQLite worker's way, cms/database/sharedSqlite.ts; on either database the adapter calls
 * of ours that take no request have none): the fault is at drizzle, below the adapter and everything of
 * ours. Answers false when `work` finished before writing that many statements.
 */
async function stoppedAtStatement(args: { nth: number; on: (table: string) => boolean; work: () => Promise<unknown> }): Promise<boolean> {
  const adapter = world.cms.payload.db as unknown as { drizzle: DrizzleWrites; tables: Record<string, unknown>; beginTransaction: unknown }
  const names = new Map(Object.entries(adapter.tables).map(([name, table]) => [table, name]))
  const { drizzle } = adapter
  const beginTransaction = adapter.beginTransaction
  let statements = 0
  // The builders are the drizzle instance's prototype methods: shadowed here, then the shadows removed.
  const methods = ['update', 'delete', 'insert'] as const
  for (const method of methods) {
    assert.ok(!Object.hasOwn(drizzle, method), `drizzle's ${method} is its prototype's`)
    const builder = drizzle[method]
    drizzle[method] = (table: unknown) => {
      if (args.on(names.get(table) ?? '') && ++statements === args.nth) throw new Error('process stopped')
      return builder.call(drizzle, table)
    }
  }
  adapter.beginTransaction = async () => null
  try {
    await args.work()
    return false
  } catch (error) {
    if (error instanceof Error && error.message === 'process stopped') return true
    throw error
  } finally {
    for (const method of methods) delete (drizzle as Partial<DrizzleWrites>)[method]
    adapter.beginTransaction = beginTransaction
  }
}

const bundleRows = (table: string) => table === 'deliveries_bundle'

const STATEMENT = 'update "deliveries" set "remote_ids" = $1 where "deliveries"."id" = $2'
const failedStatement = () =>
  new DrizzleQueryError(
    STATEMENT,
    ['{"token":"sealed-token-value"}', 1],
    Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
  )

test('a fault of ours mid-publish is stored with its cause and without the statement’s values, retried, then final', async () => {
  const { settleFailure } = await import('../../cms/delivery/settleFailure')
  const { MAX_ATTEMPTS } = await import('../../cms/delivery/retryPolicy')
  const { id } = await queuedDelivery(world, { article: await approvedArticle(world), platform: 'weibo' })
  // A worker's claim, nothing sent yet: the fault comes before the post call.
  await setDeliveryState(world, { id, state: 'sending' })
  await settleFailure({ payload: world.db, id, error: failedStatement(), attempts: 1, publisher: 'weibo' })
  const retried = await readDelivery(world, id)
  assert.equal(retried.state, 'queued')
  assert.equal(retried.lastError?.message, `发布途中出错：Failed query: ${STATEMENT} ← SQLITE_BUSY: database is locked`)
  assert.doesNotMatch(JSON.stringify(retried.lastError), /params|sealed-token/)

  await setDeliveryState(world, { id, state: 'sending' })
  await settleFailure({ payload: world.db, id, error: failedStatement(), attempts: MAX_ATTEMPTS, publisher: 'weibo' })
  const final = await readDelivery(world, id)
  assert.equal(final.state, 'failed')
  assert.equal(final.lastError?.kind, 'internal')
  assert.equal(final.lastError?.message, `Failed query: ${STATEMENT} ← SQLITE_BUSY: database is locked`)
  assert.match(final.lastError?.action ?? '', /管理员/)
  assert.doesNotMatch(JSON.stringify(final.lastError), /params|sealed-token/)
})

/** Where the run is cut off after the post: a write of marking its content published fails once. */
const CUT_OFF_AT = [
  {
    where: 'the article’s move to 已发布',
    method: 'updateOne',
    matches: (args: AdapterWrite) => args.collection === 'articles' && field(args.data, 'status') === 'published',
  },
  {
    where: 'its latest version getting the move',
    method: 'updateVersion',
    matches: (args: AdapterWrite) => args.collection === 'articles' && field(args.versionData?.version, 'status') === 'published',
  },
  {
    where: 'its cover going public',
    method: 'updateOne',
    matches: (args: AdapterWrite) => args.collection === 'media' && field(args.data, 'public') === true,
  },
] as const

for (const cut of CUT_OFF_AT) {
  test(`a run cut off after the platform published, at ${cut.where}: the delivery is not recorded published before its content is; recovery finishes both without a second post`, async () => {
    const { runDelivery } = await import('../../cms/delivery/runDelivery')
    const { recoverInterruptedRun } = await import('../../cms/delivery/recoverDelivery')
    const article = await approvedArticle(world)
    const { id } = await queuedDelivery(world, { article, platform: 'weibo' })
    const postsBefore = await postCount(world, 'weibo')
    // The run stops at that write, after the post, as a worker killed at that moment would.
    const failures = await stoppedAtWrite(cut.method, cut.matches, () => runDelivery({ payload: world.db, id }))
    assert.equal(failures, 1)
    assert.equal(await postCount(world, 'weibo'), postsBefore + 1)
    const stopped = await readDelivery(world, id)
    assert.equal(stopped.state, 'sending', 'recorded published, nothing would ever finish marking the article')
    assert.ok(stopped.remoteIds?.post, 'the post’s id is on record')

    // What the scheduler does with a sending delivery whose run is gone: its post's id is recorded, so it runs again.
    await recoverInterruptedRun({ payload: world.db, id })
    assert.equal((await readDelivery(world, id)).state, 'queued')
    await runDelivery({ payload: world.db, id })
    const done = await readDelivery(world, id)
    assert.equal(done.state, 'published', JSON.stringify(done.lastError))
    assert.equal(done.remoteIds?.post, stopped.remoteIds?.post)
    assert.equal(await postCount(world, 'weibo'), postsBefore + 1, 'never posted twice')
    const stored = await world.db.findByID({ collection: 'articles', id: article.id, depth: 1, overrideAccess: true })
    assert.equal(stored.status, 'published')
    assert.equal(String(stored.publishedVersion), article.revision)
    assert.equal(typeof stored.cover === 'object' && stored.cover?.public, true, 'the cover of what went out is public')
    const form = await world.db.findByID({ collection: 'articles', id: article.id, depth: 0, draft: true, overrideAccess: true })
    assert.equal(form.status, 'published', 'the admin’s form (the latest version) says 已发布 too')
  })
}

test('the worker’s move of an article to 已发布, stopped at any of its writes, keeps the article’s hashtags and per-platform variants in the document and in the admin’s form; done again, it completes', async () => {
  const { markContentPublished } = await import('../../cms/review/markContentPublished')
  const more = {
    hashtags: ['会员日', '双12'],
    variants: [{ platform: 'weibo' as const, title: '微博版：会员日满 199 减 30', body: '微博短文案' }],
  }
  const kept = (doc: Article) => ({
    hashtags: doc.hashtags,
    variants: (doc.variants ?? []).map(({ platform, title, body }) => ({ platform, title, body })),
  })
  const read = async (id: Id, draft: boolean) => world.db.findByID({ collection: 'articles', id, depth: 0, draft, overrideAccess: true })
  let stops = 0
  for (let nth = 1; ; nth += 1) {
    const article = await approvedArticle(world, undefined, more)
    const publish = () =>
      markContentPublished({ payload: world.db, content: { relationTo: 'articles', value: article.id }, revision: article.revision })
    const latestVersion = async () =>
      (
        await world.db.findVersions({
          collection: 'articles',
          where: { parent: { equals: article.id } },
          sort: '-updatedAt',
          limit: 1,
          overrideAccess: true,
        })
      ).docs[0]
    const before = await latestVersion()
    const stopped = await stoppedAtStatement({ nth, on: () => true, work: publish })
    for (const draft of [false, true])
      assert.deepEqual(kept(await read(article.id, draft)), more, `stopped at write ${nth} (${draft ? 'the form' : 'the document'})`)
    if (!stopped) {
      assert.equal(await publishedLines(article.id), 1, 'one 已发布 line in the review log')
      const after = await latestVersion()
      assert.equal(after?.id, before?.id, 'the move is written into the latest version, not saved as a new one')
      assert.deepEqual(
        [after?.updatedAt, after?.version.updatedAt],
        [before?.updatedAt, before?.version.updatedAt],
        'nor stamped as a new save',
      )
      break
    }
    stops += 1
    await publish()
    for (const draft of [false, true]) {
      const doc = await read(article.id, draft)
      assert.equal(doc.status, 'published', `done again after a stop at write ${nth}`)
      assert.deepEqual(kept(doc), more)
    }
    assert.equal(await publishedLines(article.id), 1, `one 已发布 line in the review log after a stop at write ${nth}`)
  }
  assert.ok(stops >= 3, `the move was stopped at each of its ${stops} writes`)
})

/** The review log's 已发布 lines of an article. */
async function publishedLines(id: Id): Promise<number> {
  const { totalDocs } = await world.db.count({
    collection: 'review-logs',
    where: { and: [{ docCollection: { equals: 'articles' } }, { docId: { equals: String(id) } }, { to: { equals: 'published' } }] },
    overrideAccess: true,
  })
  return totalDocs
}

test('deliveries of one article to three accounts confirmed at the same moment, one of them stopped before its log line: the review log has one 已发布 line, from 已定稿, and keeps it one when a later delivery confirms', async () => {
  const { markContentPublished } = await import('../../cms/review/markContentPublished')
  for (let round = 0; round < 3; round += 1) {
    const article = await approvedArticle(world, `三个账号同时发布 ${round}`)
    const publish = () =>
      markContentPublished({ payload: world.db, content: { relationTo: 'articles', value: article.id }, revision: article.revision })
    // The first run stops at its line: the article is 已发布, its line not yet written.
    assert.ok(await stoppedAtStatement({ nth: 1, on: (table) => table === 'review_logs', work: publish }))
    await Promise.all([publish(), publish(), publish()])
    assert.equal(await publishedLines(article.id), 1, `round ${round}: three runs at once after the stop`)
    await publish()
    assert.equal(await publishedLines(article.id), 1, `round ${round}: a later delivery`)
  }
  const { docs } = await world.db.find({
    collection: 'review-logs',
    where: { to: { equals: 'published' } },
    sort: '-at',
    limit: 1,
    overrideAccess: true,
  })
  assert.deepEqual(
    [docs[0]?.from, docs[0]?.event, docs[0]?.by ?? null],
    ['approved', 'published', null],
    'the line says where it came from, by the system',
  )
})

test('the 已发布 line stopped between its row and its link to the article: the run done again links it, and the log still has one line', async () => {
  const { markContentPublished } = await import('../../cms/review/markContentPublished')
  const article = await approvedArticle(world, '日志行的链接')
  const publish = () =>
    markContentPublished({ payload: world.db, content: { relationTo: 'articles', value: article.id }, revision: article.revision })
  const lines = async () =>
    (
      await world.db.find({
        collection: 'review-logs',
        where: { and: [{ docCollection: { equals: 'articles' } }, { docId: { equals: String(article.id) } }] },
        depth: 0,
        overrideAccess: true,
      })
    ).docs.map((line) => ({ to: line.to, doc: line.doc ?? null }))
  assert.ok(await stoppedAtStatement({ nth: 1, on: (table) => table === 'review_logs_rels', work: publish }))
  assert.deepEqual(await lines(), [{ to: 'published', doc: null }], 'stopped after the line, before its link')
  await publish()
  assert.deepEqual(await lines(), [{ to: 'published', doc: { relationTo: 'articles', value: article.id } }])
})

test('a run’s writes into its account (a refreshed token, the statistics’ health), stopped at any statement, keep the account’s 长期指标', async () => {
  const { writeRotatedCredentials } = await import('../../cms/secrets/writeRotatedCredentials')
  const { readAccountCredentials } = await import('../../cms/secrets/readAccountCredentials')
  const { collectAccountStats } = await import('../../cms/analytics/collect')
  const targets = [
    { metric: 'reads' as const, comparison: 'atLeast' as const, target: 5000, period: 'week' as const },
    { metric: 'openRate' as const, comparison: 'atLeast' as const, target: 4, period: 'month' as const },
  ]
  const account = (platform: 'weibo' | 'xiaohongshu', name: string) =>
    world.db.create({ collection: 'platform-accounts', data: { platform, name, targets }, overrideAccess: true })
  const [weibo, xiaohongshu] = [await account('weibo', '长期指标·微博'), await account('xiaohongshu', '长期指标·小红书')]
  const keptTargets = async (id: Id) =>
    ((await world.db.findByID({ collection: 'platform-accounts', id, depth: 0, overrideAccess: true })).targets ?? []).map(
      ({ metric, comparison, target, period }) => ({ metric, comparison, target, period }),
    )
  const rotate = (n: number) =>
    writeRotatedCredentials({
      payload: world.db,
      id: weibo.id,
      credentials: { accessToken: `token-${n}`, expiresAt: Date.now() + 3_600_000 },
    })
  // 小红书 has no statistics API: its run writes the health (手动录入) and nothing else.
  const collect = () => collectAccountStats({ payload: world.db, accountId: xiaohongshu.id, now: new Date() })
  let last = 0
  for (const [id, write] of [
    [weibo.id, rotate],
    [xiaohongshu.id, collect],
  ] as const) {
    for (let nth = 1; ; nth += 1) {
      const stopped = await stoppedAtStatement({ nth, on: () => true, work: () => write(nth) })
      assert.deepEqual(await keptTargets(id), targets, `stopped at write ${nth}`)
      if (!stopped) {
        if (id === weibo.id) last = nth
        break
      }
    }
  }
  assert.equal((await readAccountCredentials({ payload: world.db, id: weibo.id })).accessToken, `token-${last}`)
  const { statsHealth } = await world.db.findByID({ collection: 'platform-accounts', id: xiaohongshu.id, depth: 0, overrideAccess: true })
  assert.equal(statsHealth?.status, 'manual')
})

/** A WeChat push of three approved articles (a lead and two 次条), put in `state`, and its record. */
test('a day’s numbers written again into its metrics row by the statistics run, stopped at any statement, keep the row’s link to its content', async () => {
  const { upsertPostMetric } = await import('../../cms/analytics/collect/upsertApiRow')
  const { createLocalReq } = await import('payload')
  const article = await approvedArticle(world, '数据回收的那一篇')
  const { id: delivery } = await queuedDelivery(world, { article, platform: 'weibo' })
  await setDeliveryState(world, { id: delivery, state: 'published' })
  const req = await createLocalReq({}, world.db)
  const key = `${delivery}:1:2026-12-01`
  const write = (existing: Id | undefined, reads: number) =>
    upsertPostMetric({ payload: world.db, req, key, existing, data: { delivery, position: 1, date: '2026-12-01', reads, final: false } })
  await write(undefined, 100)
  const { docs } = await world.db.find({ collection: 'post-metrics', where: { key: { equals: key } }, overrideAccess: true })
  const row = docs[0]
  assert.ok(row)
  const content = { relationTo: 'articles', value: article.id }
  for (let nth = 1; ; nth += 1) {
    const stopped = await stoppedAtStatement({ nth, on: () => true, work: () => write(row.id, 100 + nth) })
    const now = await world.db.findByID({ collection: 'post-metrics', id: row.id, depth: 0, overrideAccess: true })
    assert.deepEqual(now.content, content, `stopped at write ${nth}`)
    if (!stopped) {
      assert.equal(now.reads, 100 + nth, 'the day’s numbers are written')
      break
    }
  }
})

async function pushOfThree(state: 'published' | 'processing') {
  const [lead, second, third] = [await approvedArticle(world), await approvedArticle(world), await approvedArticle(world)]
  const { id } = await queuedDelivery(world, { article: lead, platform: 'wechat' })
  const rows = [second, third].map((article) => ({ article: article.id, revision: article.revision }))
  await world.db.update({ collection: 'deliveries', id, data: { bundle: rows }, overrideAccess: true })
  await setDeliveryState(world, { id, state })
  return { id, lead, second, third, delivery: await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true }) }
}

test('the 次条 links of a published push are written where the rows are: a write stopped between two rows keeps every 次条, and done again completes the links', async () => {
  const { writeBundleUrls } = await import('../../cms/delivery/moveFollowUps')
  const { id, second, third, delivery } = await pushOfThree('published')
  const bundle = delivery.bundle ?? []
  const urls = [undefined, 'https://mp.weixin.qq.com/s/second', 'https://mp.weixin.qq.com/s/third']
  const readRows = async () =>
    ((await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })).bundle ?? []).map((row) => ({
      id: row.id,
      article: row.article,
      revision: row.revision,
      url: row.url ?? null,
    }))
  const before = await readRows()
  assert.deepEqual(
    before.map((row) => [row.article, row.revision]),
    [
      [second.id, second.revision],
      [third.id, third.revision],
    ],
  )
  // Stopped at the second statement on the rows: Payload's own array write would have deleted them by then.
  assert.ok(await stoppedAtStatement({ nth: 2, on: bundleRows, work: () => writeBundleUrls({ payload: world.db, id, bundle, urls }) }))
  assert.deepEqual(await readRows(), [
    { ...before[0], url: urls[1] },
    { ...before[1], url: null },
  ])
  await writeBundleUrls({ payload: world.db, id, bundle, urls })
  assert.deepEqual(await readRows(), [
    { ...before[0], url: urls[1] },
    { ...before[1], url: urls[2] },
  ])
})

const pendingOf = async (id: Id) =>
  (await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })).followUpPending

/** How many 发布失败 messages the article's owner (the copywriter) has about it. */
async function failuresToldOf(article: { id: Id }): Promise<number> {
  const { title } = await world.db.findByID({ collection: 'articles', id: article.id, depth: 0, overrideAccess: true })
  const { docs } = await world.db.find({
    collection: 'notifications',
    where: { and: [{ recipient: { equals: world.team.copywriter.id } }, { kind: { equals: 'delivery_failed' } }] },
    limit: 0,
    overrideAccess: true,
  })
  return docs.filter((note) => note.message.includes(title)).length
}

/** A platform's refusal of the content, as a failed delivery's last error records it. */
const weiboRefusal = () => ({
  kind: 'platform',
  code: null,
  message: '微博返回错误',
  action: '按提示修改后重试',
  retryable: false,
  fixAt: 'content' as const,
  at: new Date().toISOString(),
})

test('a move cut off before its calendar entry and its notification: the delivery says so, and the reconciler finishes both once the grace is past', async () => {
  const { moveDelivery } = await import('../../cms/delivery/moveDelivery')
  const { finishInterruptedMoves, FOLLOW_UP_GRACE_MS } = await import('../../cms/delivery/moveFollowUps')
  const article = await approvedArticle(world)
  const { id, entry } = await queuedDelivery(world, { article, platform: 'weibo', publishAt: new Date(Date.now() + 3_600_000) })
  assert.ok(entry)
  await setDeliveryState(world, { id, state: 'sending' })
  const told = () => failuresToldOf(article)
  const entryState = async () =>
    (await world.db.findByID({ collection: 'calendar-entries', id: entry, depth: 0, overrideAccess: true })).state
  const lastError = weiboRefusal()

  const failures = await stoppedAtWrite(
    'updateOne',
    (args) => args.collection === 'calendar-entries',
    () => moveDelivery({ payload: world.db, id, event: 'fail', from: 'sending', data: { lastError } }),
  )
  assert.equal(failures, 1)
  assert.equal((await readDelivery(world, id)).state, 'failed')
  assert.equal(await pendingOf(id), true, 'the move’s own write says what follows it is not done')
  assert.equal(await entryState(), 'scheduled')
  assert.equal(await told(), 0)

  // Within the grace the run may still be finishing: left alone.
  await finishInterruptedMoves({ payload: world.db })
  assert.equal(await pendingOf(id), true)
  assert.ok((await finishInterruptedMoves({ payload: world.db, now: Date.now() + FOLLOW_UP_GRACE_MS + 1000 })) >= 1)
  assert.equal(await entryState(), 'failed')
  assert.equal(await told(), 1, 'the owner is told once')
  assert.equal(await pendingOf(id), false)
  await finishInterruptedMoves({ payload: world.db, now: Date.now() + FOLLOW_UP_GRACE_MS + 1000 })
  assert.equal(await told(), 1, 'a finished move is not done again')
})

test('a move whose run told the owner but was cut off before it cleared its flag: the reconciler finishes it without telling them again', async () => {
  const { moveDelivery } = await import('../../cms/delivery/moveDelivery')
  const { finishInterruptedMoves, FOLLOW_UP_GRACE_MS } = await import('../../cms/delivery/moveFollowUps')
  const article = await approvedArticle(world)
  const { id } = await queuedDelivery(world, { article, platform: 'weibo' })
  await setDeliveryState(world, { id, state: 'sending' })
  const told = () => failuresToldOf(article)
  const lastError = weiboRefusal()

  await stoppedAtWrite(
    'updateOne',
    (args) => args.collection === 'deliveries' && field(args.data, 'followUpPending') === false,
    () => moveDelivery({ payload: world.db, id, event: 'fail', from: 'sending', data: { lastError } }),
  )
  assert.equal(await told(), 1)
  assert.equal(await pendingOf(id), true)
  assert.ok((await finishInterruptedMoves({ payload: world.db, now: Date.now() + FOLLOW_UP_GRACE_MS + 1000 })) >= 1)
  assert.equal(await pendingOf(id), false)
  assert.equal(await told(), 1, 'told once, not again by the reconciler')

  // The same delivery failing again later is a new trouble: told again.
  await setDeliveryState(world, { id, state: 'sending' })
  await moveDelivery({ payload: world.db, id, event: 'fail', from: 'sending', data: { lastError } })
  assert.equal(await told(), 2)
})

test('a failure’s notification stopped between the message and its link to the article: the reconciler links it, and the owner still has one message', async () => {
  const { moveDelivery } = await import('../../cms/delivery/moveDelivery')
  const { finishInterruptedMoves, FOLLOW_UP_GRACE_MS } = await import('../../cms/delivery/moveFollowUps')
  const article = await approvedArticle(world, '通知的链接')
  const { id } = await queuedDelivery(world, { article, platform: 'weibo' })
  await setDeliveryState(world, { id, state: 'sending' })
  const messages = async () =>
    (
      await world.db.find({
        collection: 'notifications',
        where: { and: [{ recipient: { equals: world.team.copywriter.id } }, { kind: { equals: 'delivery_failed' } }] },
        depth: 0,
        limit: 0,
        overrideAccess: true,
      })
    ).docs
      .filter((note) => note.message.includes('通知的链接'))
      .map((note) => note.doc ?? null)
  const fail = () => moveDelivery({ payload: world.db, id, event: 'fail', from: 'sending', data: { lastError: weiboRefusal() } })
  assert.ok(await stoppedAtStatement({ nth: 1, on: (table) => table === 'notifications_rels', work: fail }))
  assert.deepEqual(await messages(), [null], 'stopped after the message, before its link')
  assert.equal(await pendingOf(id), true)
  assert.ok((await finishInterruptedMoves({ payload: world.db, now: Date.now() + FOLLOW_UP_GRACE_MS + 1000 })) >= 1)
  assert.deepEqual(await messages(), [{ relationTo: 'articles', value: article.id }])
  assert.equal(await pendingOf(id), false)
})

test('a push recorded published but cut off before its 次条 links: the reconciler writes them from the delivery’s remote ids', async () => {
  const { recordOutcome } = await import('../../cms/delivery/recordOutcome')
  const { finishInterruptedMoves, FOLLOW_UP_GRACE_MS } = await import('../../cms/delivery/moveFollowUps')
  const { id, lead, delivery } = await pushOfThree('processing')
  const links = ['https://mp.weixin.qq.com/s/lead', 'https://mp.weixin.qq.com/s/second', 'https://mp.weixin.qq.com/s/third']
  const links2to3 = async () =>
    ((await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })).bundle ?? []).map((row) => row.url ?? null)

  // Cut off at the first write to the bundle's rows.
  assert.ok(
    await stoppedAtStatement({
      nth: 1,
      on: bundleRows,
      work: () =>
        recordOutcome({
          payload: world.db,
          id,
          content: { relationTo: 'articles', value: lead.id },
          outcome: { state: 'published', url: links[0], articleUrls: links, remoteIds: { publish: 'publish-1' } },
          delivery,
        }),
    }),
  )
  const stopped = await readDelivery(world, id)
  assert.equal(stopped.state, 'published')
  assert.equal(stopped.url, links[0])
  assert.deepEqual(await links2to3(), [null, null])
  assert.equal(await pendingOf(id), true)

  assert.ok((await finishInterruptedMoves({ payload: world.db, now: Date.now() + FOLLOW_UP_GRACE_MS + 1000 })) >= 1)
  assert.deepEqual(await links2to3(), [links[1], links[2]])
  assert.equal(await pendingOf(id), false)
})
