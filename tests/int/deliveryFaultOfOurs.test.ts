/**
 * A run that failed for a reason of ours, not the platform's (here drizzle's failed statement), as the
 * operator finds it on the delivery: what failed and why, without the statement's values. And a process
 * stopped between two writes of a run after its post: nothing is left that recovery or the reconciler
 * does not finish (the content marked 已发布, the calendar entry, the owner told, a push's 次条 links).
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { DrizzleQueryError } from 'drizzle-orm/errors'
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

/** A process stopped inside a full update of a delivery, after the adapter rewrote its rows: a fault in a hook that runs after them. */
async function stoppedAfterDeliveryRows(work: () => Promise<unknown>): Promise<void> {
  const hooks = world.cms.payload.collections.deliveries.config.hooks
  const stop = () => {
    throw new Error('process stopped')
  }
  hooks.afterChange = [...(hooks.afterChange ?? []), stop]
  try {
    await assert.rejects(work(), /process stopped/)
  } finally {
    hooks.afterChange = hooks.afterChange.filter((hook) => hook !== stop)
  }
}

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

/** A WeChat push of three approved articles (a lead and two 次条), put in `state`, and its record. */
async function pushOfThree(state: 'published' | 'processing') {
  const [lead, second, third] = [await approvedArticle(world), await approvedArticle(world), await approvedArticle(world)]
  const { id } = await queuedDelivery(world, { article: lead, platform: 'wechat' })
  const rows = [second, third].map((article) => ({ article: article.id, revision: article.revision }))
  await world.db.update({ collection: 'deliveries', id, data: { bundle: rows }, overrideAccess: true })
  await setDeliveryState(world, { id, state })
  return { id, lead, second, third, delivery: await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true }) }
}

test('the 次条 links of a published push are written all or nothing: a write cut off after its rows were rewritten leaves the rows as they were', async () => {
  const { writeBundleUrls } = await import('../../cms/delivery/moveFollowUps')
  const { id, second, third, delivery } = await pushOfThree('published')
  const bundle = delivery.bundle ?? []
  const urls = [undefined, 'https://mp.weixin.qq.com/s/second', 'https://mp.weixin.qq.com/s/third']
  const readRows = async () =>
    ((await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })).bundle ?? []).map((row) => ({
      article: row.article,
      url: row.url ?? null,
    }))
  // Cut off after the adapter rewrote the rows (it deletes and inserts them).
  await stoppedAfterDeliveryRows(() => writeBundleUrls({ payload: world.db, id, bundle, urls }))
  assert.deepEqual(await readRows(), [
    { article: second.id, url: null },
    { article: third.id, url: null },
  ])
  await writeBundleUrls({ payload: world.db, id, bundle, urls })
  assert.deepEqual(await readRows(), [
    { article: second.id, url: urls[1] },
    { article: third.id, url: urls[2] },
  ])
})

const pendingOf = async (id: Id) =>
  (await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })).followUpPending

test('a move cut off before its calendar entry and its notification: the delivery says so, and the reconciler finishes both once the grace is past', async () => {
  const { moveDelivery } = await import('../../cms/delivery/moveDelivery')
  const { finishInterruptedMoves, FOLLOW_UP_GRACE_MS } = await import('../../cms/delivery/moveFollowUps')
  const article = await approvedArticle(world)
  const { id, entry } = await queuedDelivery(world, { article, platform: 'weibo', publishAt: new Date(Date.now() + 3_600_000) })
  assert.ok(entry)
  await setDeliveryState(world, { id, state: 'sending' })
  const { title } = await world.db.findByID({ collection: 'articles', id: article.id, depth: 0, overrideAccess: true })
  const told = async () =>
    (
      await world.db.find({
        collection: 'notifications',
        where: { and: [{ recipient: { equals: world.team.copywriter.id } }, { kind: { equals: 'delivery_failed' } }] },
        limit: 0,
        overrideAccess: true,
      })
    ).docs.filter((note) => note.message.includes(title)).length
  const entryState = async () =>
    (await world.db.findByID({ collection: 'calendar-entries', id: entry, depth: 0, overrideAccess: true })).state
  const lastError = {
    kind: 'platform',
    code: null,
    message: '微博返回错误',
    action: '按提示修改后重试',
    retryable: false,
    fixAt: 'content' as const,
    at: new Date().toISOString(),
  }

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

test('a push recorded published but cut off before its 次条 links: the reconciler writes them from the delivery’s remote ids', async () => {
  const { recordOutcome } = await import('../../cms/delivery/recordOutcome')
  const { finishInterruptedMoves, FOLLOW_UP_GRACE_MS } = await import('../../cms/delivery/moveFollowUps')
  const { id, lead, delivery } = await pushOfThree('processing')
  const links = ['https://mp.weixin.qq.com/s/lead', 'https://mp.weixin.qq.com/s/second', 'https://mp.weixin.qq.com/s/third']
  const links2to3 = async () =>
    ((await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })).bundle ?? []).map((row) => row.url ?? null)

  // The bundle's rows are written through a full update of the delivery: cut off inside it.
  await stoppedAfterDeliveryRows(() =>
    recordOutcome({
      payload: world.db,
      id,
      content: { relationTo: 'articles', value: lead.id },
      outcome: { state: 'published', url: links[0], articleUrls: links, remoteIds: { publish: 'publish-1' } },
      delivery,
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
