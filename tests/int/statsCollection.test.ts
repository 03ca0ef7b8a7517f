import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Queue } from 'bullmq'
import { readWeiboFakeStats } from '../fakes/weibo/stats'
import { type Id, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import { approvedArticle, queuedDelivery, type SchedulerWorld, startSchedulerWorld, waitForState } from './schedulerWorld'

/**
 * Statistics come back for exactly what we published: a Weibo post published through the worker,
 * then collection runs at pinned times (the fakes' clocks moved to the same instant), the stored rows
 * compared with what the fakes report; idempotent; the daily job scheduler; the 立即更新 doors.
 */
let world: SchedulerWorld
let worker: TestWorker | null = null
let editor = ''
let copywriter = ''
let collect: typeof import('../../cms/analytics/collect')
let queues: typeof import('../../scheduler/queues')

const BEIJING = 'Asia/Shanghai'
const FINAL = ['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'cancelled']

/** `days` Beijing days after `at`'s, at 10:30 Beijing (after the daily job's hour, WeChat's D-1 ready): what "now" is for a run. */
const beijingMorning = (at: Date, days: number): Date =>
  zonedToUtc({ date: addDays(zonedDate({ at, timeZone: BEIJING }), days), time: '10:30', timeZone: BEIJING })

/** Moves a fake's clock to `to` (its clock is real time plus an offset the tests control). */
async function setFakeClock(baseUrl: string, to: Date): Promise<void> {
  const read = await fetch(`${baseUrl}/__clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceMs: 0 }),
  })
  const { now } = (await read.json()) as { now: number }
  await fetch(`${baseUrl}/__clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceMs: to.getTime() - now }),
  })
}

const fakeUrl = (name: string) => {
  const fake = world.fakes.find((candidate) => candidate.name === name)
  if (!fake) throw new Error(`no ${name} fake`)
  return fake.baseUrl
}

async function publishThroughWorker(
  platform: 'weibo' | 'wechat',
  title: string,
): Promise<{ id: Id; publishedAt: Date; remoteIds: Record<string, string> }> {
  const article = await approvedArticle(world, title)
  const { id } = await queuedDelivery(world, { article, platform })
  await queues.enqueueDelivery({ deliveryId: id, platform })
  const done = await waitForState(world, { id, states: FINAL, timeoutMs: 60_000 })
  assert.equal(done.state, 'published', JSON.stringify(done.lastError))
  const doc = await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })
  assert.ok(doc.publishedAt)
  return { id, publishedAt: new Date(doc.publishedAt), remoteIds: done.remoteIds ?? {} }
}

const METRICS = ['readers', 'reads', 'pushReaders', 'plays', 'shares', 'likes', 'wows', 'comments', 'favorites', 'reposts'] as const

/** The stored post rows of a delivery, as plain values (sorted by position and date). */
async function postRows(delivery: Id) {
  const { docs } = await world.db.find({
    collection: 'post-metrics',
    where: { delivery: { equals: delivery } },
    sort: 'date',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
    .map((doc) => ({
      id: doc.id,
      key: doc.key,
      position: doc.position,
      date: doc.date,
      source: doc.source,
      final: doc.final,
      externalId: doc.externalId,
      completionRate: doc.completionRate ?? null,
      ...(Object.fromEntries(METRICS.map((name) => [name, doc[name] ?? null])) as Record<(typeof METRICS)[number], number | null>),
    }))
    .sort((a, b) => (a.position ?? 1) - (b.position ?? 1) || a.date.localeCompare(b.date))
}

async function accountRows(account: Id) {
  const { docs } = await world.db.find({
    collection: 'account-metrics',
    where: { account: { equals: account } },
    sort: 'date',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => ({
    id: doc.id,
    date: doc.date,
    source: doc.source,
    final: doc.final,
    followers: doc.followers ?? null,
    newFollowers: doc.newFollowers ?? null,
    lostFollowers: doc.lostFollowers ?? null,
  }))
}

async function statsHealth(account: Id) {
  const doc = await world.db.findByID({ collection: 'platform-accounts', id: account, depth: 0, overrideAccess: true })
  return doc.statsHealth ?? {}
}

before(async () => {
  world = await startSchedulerWorld()
  collect = await import('../../cms/analytics/collect')
  queues = await import('../../scheduler/queues')
  editor = await login({ url: world.cms.url, email: world.team.editor.email, password: PASSWORD })
  copywriter = await login({ url: world.cms.url, email: world.team.copywriter.email, password: PASSWORD })
  worker = await startTestWorker({ lockMs: 5000, reconcileEveryMs: 5000 })
})
after(async () => {
  await worker?.stop()
  await world?.close()
})

describe('the daily job', () => {
  test('the worker keeps one job scheduler at 10:00 in the team’s zone', async () => {
    const queue = new Queue('collect-stats', { connection: world.redis.client, prefix: 'cms' })
    try {
      const scheduler = await queue.getJobScheduler('collect-stats-daily')
      assert.equal(scheduler?.pattern, '0 10 * * *')
      assert.equal(scheduler?.tz, BEIJING)
      assert.ok(scheduler?.next, 'the next run is planned')
      const next = new Date(scheduler.next)
      assert.equal(next.toLocaleTimeString('en-GB', { timeZone: BEIJING }), '10:00:00')
      assert.ok(next.getTime() > Date.now() && next.getTime() <= Date.now() + 86_400_000, 'within the next day')
    } finally {
      await queue.close()
    }
  })
})

describe('Weibo: live counters become each day’s numbers', () => {
  let post: Awaited<ReturnType<typeof publishThroughWorker>>

  test(
    'a post published through the worker; a run the next day stores exactly the fake’s counters for it, joined by idstr',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        post = await publishThroughWorker('weibo', '微博 数据回收')
        const idstr = post.remoteIds.post
        assert.match(idstr ?? '', /^\d+$/)
        const now = beijingMorning(post.publishedAt, 1)
        await setFakeClock(fakeUrl('weibo'), now)
        const run = await collect.collectAccountStats({ payload: world.db, accountId: world.accounts.weibo, now })
        assert.equal(run.status, 'ok', run.message)
        assert.equal(run.posts, 1)
        const reported = await readWeiboFakeStats(fakeUrl('weibo'))
        const counts = reported.posts.find((candidate) => candidate.idstr === idstr)
        assert.ok(counts)
        const day = zonedDate({ at: now, timeZone: BEIJING })
        assert.equal(reported.day, day)
        const rows = await postRows(post.id)
        assert.equal(rows.length, 1)
        assert.deepEqual(
          { ...rows[0], id: undefined },
          {
            id: undefined,
            key: `${post.id}:1:${day}`,
            position: 1,
            date: day,
            source: 'api',
            final: true,
            externalId: idstr,
            completionRate: null,
            readers: null,
            reads: null,
            pushReaders: null,
            plays: null,
            shares: null,
            likes: counts.attitudes,
            wows: null,
            comments: counts.comments,
            favorites: null,
            reposts: counts.reposts,
          },
        )
        const followers = await accountRows(world.accounts.weibo)
        assert.deepEqual(
          followers.map(({ id: _id, ...row }) => row),
          [{ date: day, source: 'api', final: true, followers: reported.followers, newFollowers: null, lostFollowers: null }],
        )
        const health = await statsHealth(world.accounts.weibo)
        assert.equal(health.status, 'ok')
        assert.equal(health.lastRunAt, now.toISOString())
        assert.equal(health.backfilledAt, now.toISOString())
      },
    ),
  )

  test('a second run of the same moment writes the same rows (count, ids and values)', async () => {
    const now = beijingMorning(post.publishedAt, 1)
    const before = { posts: await postRows(post.id), account: await accountRows(world.accounts.weibo) }
    const run = await collect.collectAccountStats({ payload: world.db, accountId: world.accounts.weibo, now })
    assert.equal(run.status, 'ok', run.message)
    assert.deepEqual({ posts: await postRows(post.id), account: await accountRows(world.accounts.weibo) }, before)
  })

  test('the day after, the new day holds only that day’s growth (total now − what earlier days hold)', async () => {
    const first = (await postRows(post.id))[0]
    const now = beijingMorning(post.publishedAt, 2)
    await setFakeClock(fakeUrl('weibo'), now)
    const run = await collect.collectAccountStats({ payload: world.db, accountId: world.accounts.weibo, now })
    assert.equal(run.status, 'ok', run.message)
    const counts = (await readWeiboFakeStats(fakeUrl('weibo'))).posts.find((candidate) => candidate.idstr === post.remoteIds.post)
    assert.ok(counts)
    const rows = await postRows(post.id)
    assert.equal(rows.length, 2)
    assert.deepEqual(rows[0], first, 'the earlier day is untouched')
    assert.equal(rows[1].date, zonedDate({ at: now, timeZone: BEIJING }))
    assert.equal(rows[1].comments, counts.comments - (first.comments ?? 0))
    assert.equal(rows[1].reposts, counts.reposts - (first.reposts ?? 0))
    assert.equal(rows[1].likes, counts.attitudes - (first.likes ?? 0))
    assert.ok((rows[1].likes ?? 0) > 0, 'the fake’s counters grow every day')
  })

  test('a row a person corrected is never overwritten by the collector', async () => {
    const [first] = await postRows(post.id)
    await world.db.update({
      collection: 'post-metrics',
      id: first.id,
      data: { source: 'manual', likes: 1 },
      overrideAccess: true,
      disableTransaction: true,
    })
    const now = beijingMorning(post.publishedAt, 1)
    await setFakeClock(fakeUrl('weibo'), now)
    await collect.collectAccountStats({ payload: world.db, accountId: world.accounts.weibo, now })
    const [kept] = await postRows(post.id)
    assert.equal(kept.source, 'manual')
    assert.equal(kept.likes, 1)
  })
})

describe('立即更新: POST /api/analytics/collect', () => {
  const call = (token: string | null, body?: unknown) =>
    api<{
      accounts?: { id: Id; name: string; platform: string; status: string; message: string; posts: number; rows: number }[]
      errors?: { message: string }[]
    }>({
      url: world.cms.url,
      method: 'POST',
      path: '/api/analytics/collect',
      token,
      body,
    })

  test('anonymous 401, copywriter 403, nothing collected', async () => {
    const before = (await statsHealth(world.accounts.toutiao)).lastRunAt ?? null
    assert.equal((await call(null, { account: world.accounts.toutiao })).status, 401)
    const refused = await call(copywriter, { account: world.accounts.toutiao })
    assert.equal(refused.status, 403)
    assert.match(refused.body.errors?.[0]?.message ?? '', /编辑或管理员/)
    assert.equal((await statsHealth(world.accounts.toutiao)).lastRunAt ?? null, before)
  })

  test('bad bodies are refused in words; an unknown account is 404', async () => {
    for (const body of [{ account: [] }, { account: '' }, { accounts: 1 }]) {
      const reply = await call(editor, body)
      assert.equal(reply.status, 400, JSON.stringify(body))
      assert.match(reply.body.errors?.[0]?.message ?? '', /account|账号/)
    }
    assert.equal((await call(editor, { account: 987654 })).status, 404)
    assert.equal((await call(editor, { account: 'not-an-id' })).status, 404)
  })

  test('an editor runs one account now and gets its outcome once stored', async () => {
    const reply = await call(editor, { account: world.accounts.toutiao })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const [only, ...rest] = reply.body.accounts ?? []
    assert.equal(rest.length, 0)
    assert.equal(String(only.id), String(world.accounts.toutiao))
    assert.equal(only.platform, 'toutiao')
    assert.equal(only.name, '测试头条号')
    assert.equal(only.status, 'ok', only.message)
    assert.equal(only.posts, 0)
    assert.ok((await statsHealth(world.accounts.toutiao)).lastRunAt)
  })

  test('without a body, every account', async () => {
    const reply = await call(editor)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const ids = (reply.body.accounts ?? []).map((account) => String(account.id))
    for (const account of Object.values(world.accounts)) assert.ok(ids.includes(String(account)))
  })
})
