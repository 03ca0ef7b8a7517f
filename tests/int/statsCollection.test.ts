import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Queue, Worker } from 'bullmq'
import { datacubeFault } from '../fakes/wechat/datacube'
import { fakeAccountData } from '../fakes/shared/fakeAccounts'
import { readWeiboFakeStats } from '../fakes/weibo/stats'
import { type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { waitFor } from '../helpers/waitFor'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import { approvedArticle, deliveryOfEntry, type SchedulerWorld, startSchedulerWorld, waitForState } from './schedulerWorld'
import {
  accountRows,
  BEIJING,
  beijingMorning,
  fakeUrl,
  postRows,
  publishThroughWorker,
  setFakeClock,
  statsHealth,
  WECHAT_FAKE_NUMBERS,
  wechatNumbersOf,
  wechatReported,
} from './statsCollectionWorld'

/**
 * Statistics come back for exactly what we published: a Weibo post and a WeChat 群发 of two articles
 * go out through the worker; then collection runs at pinned mornings (the fakes' clocks moved to the
 * same instant) store exactly what the fakes report for those posts, idempotently, day by day; a
 * delayed day is re-read (by a later run, and by its job); a 45009 stops one account only; the daily
 * job scheduler and the 立即更新 endpoint's doors.
 */
let world: SchedulerWorld
let worker: TestWorker | null = null
let editor = ''
let copywriter = ''
let collect: typeof import('../../cms/analytics/collect')

const FINAL = ['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'cancelled']

before(async () => {
  world = await startSchedulerWorld()
  collect = await import('../../cms/analytics/collect')
  editor = await login({ url: world.cms.url, email: world.team.editor.email, password: PASSWORD })
  copywriter = await login({ url: world.cms.url, email: world.team.copywriter.email, password: PASSWORD })
  worker = await startTestWorker({ lockMs: 5000, reconcileEveryMs: 5000 })
})
after(async () => {
  await worker?.stop()
  await world?.close()
})

/** The Weibo post published through the worker. */
let post: Awaited<ReturnType<typeof publishThroughWorker>>

/** The 群发 the WeChat tests publish, and its first two Beijing days. */
let push: { id: Id; publishedAt: Date; msgDataId: string }
let day0 = ''
let day1 = ''
const account = () => world.accounts.wechat

describe('the worker: the daily job scheduler, and what we publish', () => {
  // The collection runs below have their clock pinned: the worker process, whose clock is not, stops once the posts are out.
  after(async () => {
    await worker?.stop()
    worker = null
  })

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

  test(
    'a Weibo post goes out with its idstr',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        post = await publishThroughWorker({ world, platform: 'weibo', title: '微博 数据回收' })
        assert.match(post.remoteIds.post ?? '', /^\d+$/)
      },
    ),
  )

  test(
    'the 群发 goes out through the worker with its msg_data_id',
    withWorkerLog(
      () => worker ?? undefined,
      async () => {
        await world.control.wechat.configure({
          massPollsUntilFinal: 0,
          callbackUrl: `${world.cms.url}/api/platform-accounts/${account()}/callback`,
        })
        const lead = await approvedArticle(world, '群发 头条 数据')
        const second = await approvedArticle(world, '群发 次条 数据')
        const entry = await api<{ doc?: { id: Id } }>({
          url: world.cms.url,
          method: 'POST',
          path: '/api/calendar-entries',
          token: editor,
          body: {
            title: '群发',
            content: { relationTo: 'articles', value: lead.id },
            account: account(),
            bundle: [second.id],
            mode: 'mass',
            publishAt: new Date(Date.now() + 3000).toISOString(),
            publishAt_tz: BEIJING,
          },
        })
        assert.equal(entry.status, 201, JSON.stringify(entry.body))
        const id = await deliveryOfEntry(world, entry.body.doc?.id ?? 'missing entry id')
        const done = await waitForState(world, { id, states: FINAL, timeoutMs: 60_000 })
        assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        const doc = await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })
        assert.ok(doc.publishedAt && doc.msgDataId)
        push = { id, publishedAt: new Date(doc.publishedAt), msgDataId: doc.msgDataId }
        day0 = zonedDate({ at: push.publishedAt, timeZone: BEIJING })
        day1 = addDays(day0, 1)
        const sends = await world.control.wechat.entries('sendall')
        assert.equal(String(sends.at(-1)?.data.msg_data_id), push.msgDataId)
      },
    ),
  )
})

describe('Weibo: live counters become each day’s numbers', () => {
  test('a run the next day stores exactly the fake’s counters for the post, joined by idstr', async () => {
    const idstr = post.remoteIds.post
    assert.match(idstr ?? '', /^\d+$/)
    const now = beijingMorning({ at: post.publishedAt, days: 1 })
    await setFakeClock({ world, name: 'weibo', to: now })
    const run = await collect.collectAccountStats({ payload: world.db, accountId: world.accounts.weibo, now })
    assert.equal(run.status, 'ok', run.message)
    assert.equal(run.posts, 1)
    const reported = await readWeiboFakeStats(fakeUrl({ world, name: 'weibo' }))
    const counts = reported.posts.find((candidate) => candidate.idstr === idstr)
    assert.ok(counts)
    const day = zonedDate({ at: now, timeZone: BEIJING })
    assert.equal(reported.day, day)
    const rows = await postRows({ world, delivery: post.id })
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
    const followers = await accountRows({ world, account: world.accounts.weibo })
    assert.deepEqual(
      followers.map(({ id: _id, ...row }) => row),
      [{ date: day, source: 'api', final: true, followers: reported.followers, newFollowers: null, lostFollowers: null }],
    )
    const health = await statsHealth({ world, account: world.accounts.weibo })
    assert.equal(health.status, 'ok')
    assert.equal(health.lastRunAt, now.toISOString())
    assert.equal(health.backfilledAt, now.toISOString())
  })

  test('a second run of the same moment writes the same rows (count, ids and values)', async () => {
    const now = beijingMorning({ at: post.publishedAt, days: 1 })
    const before = {
      posts: await postRows({ world, delivery: post.id }),
      account: await accountRows({ world, account: world.accounts.weibo }),
    }
    const run = await collect.collectAccountStats({ payload: world.db, accountId: world.accounts.weibo, now })
    assert.equal(run.status, 'ok', run.message)
    assert.deepEqual(
      { posts: await postRows({ world, delivery: post.id }), account: await accountRows({ world, account: world.accounts.weibo }) },
      before,
    )
  })

  test('the day after, the new day holds only that day’s growth (total now − what earlier days hold)', async () => {
    const first = (await postRows({ world, delivery: post.id }))[0]
    const now = beijingMorning({ at: post.publishedAt, days: 2 })
    await setFakeClock({ world, name: 'weibo', to: now })
    const run = await collect.collectAccountStats({ payload: world.db, accountId: world.accounts.weibo, now })
    assert.equal(run.status, 'ok', run.message)
    const counts = (await readWeiboFakeStats(fakeUrl({ world, name: 'weibo' }))).posts.find(
      (candidate) => candidate.idstr === post.remoteIds.post,
    )
    assert.ok(counts)
    const rows = await postRows({ world, delivery: post.id })
    assert.equal(rows.length, 2)
    assert.deepEqual(rows[0], first, 'the earlier day is untouched')
    assert.equal(rows[1].date, zonedDate({ at: now, timeZone: BEIJING }))
    assert.equal(rows[1].comments, counts.comments - (first.comments ?? 0))
    assert.equal(rows[1].reposts, counts.reposts - (first.reposts ?? 0))
    assert.equal(rows[1].likes, counts.attitudes - (first.likes ?? 0))
    assert.ok((rows[1].likes ?? 0) > 0, 'the fake’s counters grow every day')
  })

  test('a row a person corrected is never overwritten by the collector', async () => {
    const [first] = await postRows({ world, delivery: post.id })
    await world.db.update({
      collection: 'post-metrics',
      id: first.id,
      data: { source: 'manual', likes: 1 },
      overrideAccess: true,
      disableTransaction: true,
    })
    const now = beijingMorning({ at: post.publishedAt, days: 1 })
    await setFakeClock({ world, name: 'weibo', to: now })
    await collect.collectAccountStats({ payload: world.db, accountId: world.accounts.weibo, now })
    const [kept] = await postRows({ world, delivery: post.id })
    assert.equal(kept.source, 'manual')
    assert.equal(kept.likes, 1)
  })
})

describe('WeChat: a 群发 of two articles, joined by msgid, totals turned into days', () => {
  test('the next morning the day is marked delayed: stored as not final, with the fake’s (provisional) totals', async () => {
    const now = beijingMorning({ at: push.publishedAt, days: 1 })
    await setFakeClock({ world, name: 'wechat', to: now })
    await world.control.wechat.configure({ datacube: { delayedDates: [day0] } })
    const run = await collect.collectAccountStats({ payload: world.db, accountId: account(), now })
    assert.equal(run.status, 'delayed', run.message)
    // The account's totals cover the whole week in one reply, so its is_delay leaves every day of it open: day0 among them.
    assert.ok(run.delayedDates.includes(day0), run.delayedDates.join())
    assert.equal(run.posts, 2, 'the lead and the second article')
    const rows = await postRows({ world, delivery: push.id })
    assert.deepEqual(
      rows.map((row) => [row.position, row.date, row.final, row.externalId]),
      [
        [1, day0, false, `${push.msgDataId}_1`],
        [2, day0, false, `${push.msgDataId}_2`],
      ],
    )
    for (const row of rows) {
      const { totals } = await wechatReported({ world, msgid: String(row.externalId), date: day0, delayedDates: [day0] })
      assert.ok(totals)
      assert.deepEqual(wechatNumbersOf(row), Object.fromEntries(WECHAT_FAKE_NUMBERS.map((name) => [name, totals[name]])))
    }
    const health = await statsHealth({ world, account: account() })
    assert.equal(health.status, 'delayed')
    assert.match(health.message ?? '', new RegExp(`${day0}.*尚未最终确定`))
  })

  test('read again once final: the same two rows, now final, with exactly the fake’s numbers for those msgids', async () => {
    const now = beijingMorning({ at: push.publishedAt, days: 1 })
    const before = await postRows({ world, delivery: push.id })
    await world.control.wechat.configure({ datacube: { delayedDates: [] } })
    const run = await collect.collectAccountStats({ payload: world.db, accountId: account(), now })
    assert.equal(run.status, 'ok', run.message)
    const rows = await postRows({ world, delivery: push.id })
    assert.deepEqual(
      rows.map((row) => row.id),
      before.map((row) => row.id),
      'the same rows, updated',
    )
    for (const row of rows) {
      assert.equal(row.final, true)
      const { totals } = await wechatReported({ world, msgid: String(row.externalId), date: day0 })
      assert.ok(totals)
      assert.deepEqual(wechatNumbersOf(row), Object.fromEntries(WECHAT_FAKE_NUMBERS.map((name) => [name, totals[name]])))
      assert.equal(row.completionRate, totals.completionRate)
      assert.ok((row.readers ?? 0) > 0)
    }
    assert.ok((rows[0].pushReaders ?? 0) > 0, 'a 群发 is read from the message list')
    const followers = (await accountRows({ world, account: account() })).find((row) => row.date === day0)
    assert.ok(followers, 'the account’s day is stored too')
    assert.equal(followers.source, 'api')
    assert.equal(followers.final, true)
  })

  test('the day after: the new day holds the growth of the totals, which is the fake’s own number for that day; running twice changes nothing', async () => {
    const now = beijingMorning({ at: push.publishedAt, days: 2 })
    await setFakeClock({ world, name: 'wechat', to: now })
    const first = await postRows({ world, delivery: push.id })
    const run = await collect.collectAccountStats({ payload: world.db, accountId: account(), now })
    assert.equal(run.status, 'ok', run.message)
    const rows = await postRows({ world, delivery: push.id })
    assert.deepEqual(
      rows.map((row) => [row.position, row.date]),
      [
        [1, day0],
        [1, day1],
        [2, day0],
        [2, day1],
      ],
    )
    for (const position of [1, 2]) {
      const [earlier, later] = rows.filter((row) => row.position === position)
      assert.deepEqual(
        earlier,
        first.find((row) => row.position === position),
        'the first day is unchanged',
      )
      const { totals, day } = await wechatReported({ world, msgid: `${push.msgDataId}_${position}`, date: day1 })
      assert.ok(totals)
      assert.deepEqual(
        wechatNumbersOf(later),
        Object.fromEntries(WECHAT_FAKE_NUMBERS.map((name) => [name, totals[name] - (earlier[name] ?? 0)])),
      )
      assert.deepEqual(wechatNumbersOf(later), day, 'the growth of the totals is the fake’s own day')
      assert.equal(later.completionRate, totals.completionRate, 'a rate is stored as given')
    }
    const again = await collect.collectAccountStats({ payload: world.db, accountId: account(), now })
    assert.equal(again.status, 'ok', again.message)
    assert.deepEqual(await postRows({ world, delivery: push.id }), rows, 'run twice: the same rows')
  })
})

describe('the statistics jobs (consumed here, with the clock pinned)', () => {
  let queue: Queue<import('../../scheduler/statsJobs').StatsJobData>
  let consumer: Worker | null = null
  let jobs: typeof import('../../scheduler/statsJobs')
  const now = () => beijingMorning({ at: push.publishedAt, days: 2 })
  const day2 = () => addDays(day0, 2)

  const settled = (id: string) =>
    waitFor({
      what: `job ${id} to finish`,
      timeoutMs: 30_000,
      check: async () => {
        const job = await queue.getJob(id)
        const state = job ? await job.getState() : 'missing'
        if (state === 'failed') throw new Error(`job ${id} failed: ${job?.failedReason}`)
        return state === 'completed' ? job : null
      },
    })

  before(async () => {
    jobs = await import('../../scheduler/statsJobs')
    const { statsProcessor } = await import('../../scheduler/jobs/statsProcessor')
    queue = jobs.createStatsQueue(world.redis.client)
    consumer = new Worker(jobs.STATS_QUEUE, statsProcessor({ payload: world.db, queue, now }), {
      connection: world.redis.client,
      prefix: 'cms',
    })
    await consumer.waitUntilReady()
  })
  after(async () => {
    await consumer?.close()
    await queue?.close()
  })

  test('a run that finds a delayed day queues one re-read an hour later over the open days; the re-read makes the day final', async () => {
    await setFakeClock({ world, name: 'wechat', to: now() })
    await world.control.wechat.configure({ datacube: { delayedDates: [day1] } })
    const id = jobs.statsJobId({ account: account(), day: day2() })
    await jobs.addStatsJob({ queue, input: { account: account(), day: day2() } })
    await settled(id)
    const open = (await postRows({ world, delivery: push.id })).filter((row) => row.date === day1)
    assert.deepEqual(
      open.map((row) => [row.position, row.final]),
      [
        [1, false],
        [2, false],
      ],
    )
    const rereadId = jobs.statsJobId({ account: account(), day: day2(), reread: 1 })
    const reread = await queue.getJob(rereadId)
    assert.ok(reread, 'the re-read is queued')
    assert.equal(await reread.getState(), 'delayed')
    assert.equal(reread.opts.delay, 3_600_000)
    assert.equal(reread.data.reread, 1)
    assert.equal(reread.data.window?.to, day1, 'up to the last open day')
    await jobs.addStatsJob({ queue, input: { account: account(), day: day2() } })
    assert.equal(await (await queue.getJob(id))?.getState(), 'completed', 'the same account and day is not queued twice')

    await world.control.wechat.configure({ datacube: { delayedDates: [] } })
    await reread.promote()
    await settled(rereadId)
    const final = (await postRows({ world, delivery: push.id })).filter((row) => row.date === day1)
    for (const row of final) {
      assert.equal(row.final, true)
      const { day } = await wechatReported({ world, msgid: String(row.externalId), date: day1 })
      assert.deepEqual(wechatNumbersOf(row), day)
    }
    assert.equal(
      await queue.getJob(jobs.statsJobId({ account: account(), day: day2(), reread: 2 })),
      undefined,
      'nothing left open: no more re-reads',
    )
  })

  test('the daily fan-out queues one run per account for the day, never a second for the same day', async () => {
    const ran = await queue.getJob(jobs.statsJobId({ account: account(), day: day2() }))
    await queue.add('daily', {})
    for (const accountId of Object.values(world.accounts)) await settled(jobs.statsJobId({ account: accountId, day: day2() }))
    const again = await queue.getJob(jobs.statsJobId({ account: account(), day: day2() }))
    assert.equal(again?.processedOn, ran?.processedOn, 'the WeChat account’s run of the day was not repeated')
    const weibo = await statsHealth({ world, account: world.accounts.weibo })
    assert.equal(weibo.lastRunAt, now().toISOString())
  })
})

describe('platform errors stay on their account', () => {
  let second: Id

  test('a 45009 leaves that account at quota until 08:00 Beijing tomorrow while the others are stored; 立即更新 does not get past it', async () => {
    second = await makeDoc({
      payload: world.cms.payload,
      collection: 'platform-accounts',
      data: fakeAccountData('wechat', '第二个公众号'),
    })
    const now = beijingMorning({ at: push.publishedAt, days: 2 })
    await setFakeClock({ world, name: 'wechat', to: now })
    await setFakeClock({ world, name: 'weibo', to: now })
    await world.control.wechat.addFaults(
      datacubeFault({ name: 'getarticletotaldetail', errcode: 45009, errmsg: 'reach max api daily quota limit' }),
    )
    const answers = await collect.collectAllAccounts({ payload: world.db, now })
    const of = (id: Id) => answers.find((answer) => String(answer.id) === String(id))
    assert.equal(of(account())?.status, 'quota', of(account())?.message)
    assert.equal(of(second)?.status, 'ok', of(second)?.message)
    assert.equal(of(world.accounts.weibo)?.status, 'ok', of(world.accounts.weibo)?.message)
    const health = await statsHealth({ world, account: account() })
    assert.equal(health.status, 'quota')
    assert.equal(health.code, '45009')
    assert.equal(health.blockedUntil, zonedToUtc({ date: addDays(day0, 3), time: '08:00', timeZone: BEIJING }).toISOString())
    assert.match(health.message ?? '', /调用次数已用完/)
    const stored = await accountRows({ world, account: second })
    assert.ok(stored.length > 0 && stored.every((row) => row.source === 'api'), 'the other WeChat account’s numbers are stored')
    assert.ok(
      (await postRows({ world, delivery: post.id })).some((row) => row.date === zonedDate({ at: now, timeZone: BEIJING })),
      'Weibo’s day is stored',
    )

    const calls = async () => (await world.control.wechat.requests()).filter((request) => request.path.startsWith('/datacube/')).length
    const before = await calls()
    const reply = await api<{ accounts: { status: string; message: string }[] }>({
      url: world.cms.url,
      method: 'POST',
      path: '/api/analytics/collect',
      token: editor,
      body: { account: account() },
    })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.equal(reply.body.accounts[0].status, 'quota')
    assert.match(reply.body.accounts[0].message, /立即更新也一样/)
    assert.equal(await calls(), before, 'no call reached WeChat')
  })

  test('48001 (an unverified account): permission, paused for a day, in the publisher’s words', async () => {
    const now = beijingMorning({ at: push.publishedAt, days: 2 })
    await world.control.wechat.configure({ verified: false })
    try {
      const run = await collect.collectAccountStats({ payload: world.db, accountId: second, now })
      assert.equal(run.status, 'permission', run.message)
      const health = await statsHealth({ world, account: second })
      assert.equal(health.code, '48001')
      assert.equal(health.blockedUntil, new Date(now.getTime() + 86_400_000).toISOString())
      assert.match(health.message ?? '', /认证.*前不再回收（立即更新也一样）/)
      assert.ok(health.lastSuccessAt, 'the last success is kept')
    } finally {
      await world.control.wechat.configure({ verified: true })
    }
  })

  test('an expired Weibo token: auth, the re-authorisation named, nothing stored for the run', async () => {
    const now = beijingMorning({ at: post.publishedAt, days: 3 })
    await setFakeClock({ world, name: 'weibo', to: now })
    await world.control.weibo.addFaults({
      path: '/2/statuses/count.json',
      kind: 'reply',
      status: 401,
      json: { request: '/2/statuses/count.json', error_code: 21327, error: 'expired_token' },
    })
    const before = await postRows({ world, delivery: post.id })
    const run = await collect.collectAccountStats({ payload: world.db, accountId: world.accounts.weibo, now })
    assert.equal(run.status, 'auth', run.message)
    assert.equal(run.retryable, false)
    assert.match(run.message, /授权/)
    assert.deepEqual(await postRows({ world, delivery: post.id }), before)
    assert.equal((await statsHealth({ world, account: world.accounts.weibo })).blockedUntil ?? null, null, 'tried again at the next run')
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
    const before = (await statsHealth({ world, account: world.accounts.toutiao })).lastRunAt ?? null
    assert.equal((await call(null, { account: world.accounts.toutiao })).status, 401)
    const refused = await call(copywriter, { account: world.accounts.toutiao })
    assert.equal(refused.status, 403)
    assert.match(refused.body.errors?.[0]?.message ?? '', /编辑或管理员/)
    assert.equal((await statsHealth({ world, account: world.accounts.toutiao })).lastRunAt ?? null, before)
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
    assert.ok((await statsHealth({ world, account: world.accounts.toutiao })).lastRunAt)
  })

  test('without a body, every account', async () => {
    const reply = await call(editor)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const ids = (reply.body.accounts ?? []).map((account) => String(account.id))
    for (const account of Object.values(world.accounts)) assert.ok(ids.includes(String(account)))
  })
})
