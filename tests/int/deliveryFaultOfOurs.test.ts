/**
 * A run that failed for a reason of ours, not the platform's (here drizzle's failed statement), as the
 * operator finds it on the delivery: what failed and why, without the statement's values; and a run cut
 * off after the platform published, before its content was marked, finished by recovery.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { DrizzleQueryError } from 'drizzle-orm/errors'
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
  { where: 'the article’s move to 已发布', collection: 'articles', field: 'status', value: 'published' },
  { where: 'its cover going public', collection: 'media', field: 'public', value: true },
] as const

for (const cut of CUT_OFF_AT) {
  test(`a run cut off after the platform published, at ${cut.where}: the delivery is not recorded published before its content is; recovery finishes both without a second post`, async () => {
    const { runDelivery } = await import('../../cms/delivery/runDelivery')
    const { recoverInterruptedRun } = await import('../../cms/delivery/recoverDelivery')
    const article = await approvedArticle(world)
    const { id } = await queuedDelivery(world, { article, platform: 'weibo' })
    const postsBefore = await postCount(world, 'weibo')
    // A fault at the database adapter, below everything of ours: the run stops at that write, after the
    // post, as a worker killed at that moment would.
    const adapter = world.cms.payload.db
    const updateOne = adapter.updateOne.bind(adapter)
    let failures = 0
    adapter.updateOne = async (args) => {
      if (failures === 0 && args.collection === cut.collection && (args.data as Record<string, unknown>)[cut.field] === cut.value) {
        failures += 1
        throw new Error('disk I/O error')
      }
      return updateOne(args)
    }
    try {
      await assert.rejects(runDelivery({ payload: world.db, id }), /disk I\/O error/)
    } finally {
      adapter.updateOne = updateOne
    }
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
  })
}

test('the 次条 links of a published push are written all or nothing: a write cut off after its rows were rewritten leaves the rows as they were', async () => {
  const { writeBundleUrls } = await import('../../cms/delivery/recordOutcome')
  const [lead, second, third] = [await approvedArticle(world), await approvedArticle(world), await approvedArticle(world)]
  const { id } = await queuedDelivery(world, { article: lead, platform: 'wechat' })
  const rows = [second, third].map((article) => ({ article: article.id, revision: article.revision }))
  await world.db.update({ collection: 'deliveries', id, data: { bundle: rows }, overrideAccess: true })
  await setDeliveryState(world, { id, state: 'published' })
  const stored = await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })
  const bundle = stored.bundle ?? []
  const urls = [undefined, 'https://mp.weixin.qq.com/s/second', 'https://mp.weixin.qq.com/s/third']
  const readRows = async () =>
    ((await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })).bundle ?? []).map((row) => ({
      article: row.article,
      url: row.url ?? null,
    }))
  // Cut off after the adapter rewrote the rows (it deletes and inserts them): a fault in a hook that runs after it.
  const hooks = world.cms.payload.collections.deliveries.config.hooks
  const cutOff = () => {
    throw new Error('worker stopped')
  }
  hooks.afterChange = [...(hooks.afterChange ?? []), cutOff]
  try {
    await assert.rejects(writeBundleUrls({ payload: world.db, id, bundle, urls }), /worker stopped/)
  } finally {
    hooks.afterChange = hooks.afterChange.filter((hook) => hook !== cutOff)
  }
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
