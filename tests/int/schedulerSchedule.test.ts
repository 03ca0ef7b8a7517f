import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { freePort } from '../helpers/processes'
import { waitFor } from '../helpers/waitFor'
import { runWorkerToExit, startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import {
  approvedArticle,
  jobKey,
  moveEntry,
  postCount,
  queuedDelivery,
  readDelivery,
  receivedLate,
  type SchedulerWorld,
  setDeliveryState,
  startSchedulerWorld,
  waitForState,
} from './schedulerWorld'

let world: SchedulerWorld
let worker: TestWorker
let queues: typeof import('../../scheduler/queues')

const FINAL = ['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'cancelled']
const inMs = (ms: number) => new Date(Date.now() + ms)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Upper bounds for waits: generous, so a loaded CI machine only makes the test slower, not red. */
const SLOW_MS = 60_000
/** How late a post may be: "within seconds" on a machine running other test files at the same time. */
const ON_TIME_MS = 5000

before(async () => {
  world = await startSchedulerWorld()
  queues = await import('../../scheduler/queues')
  worker = await startTestWorker({ lockMs: 10_000, reconcileEveryMs: 2000 })
})
after(async () => {
  await worker?.stop()
  await world?.close()
})

describe('the scheduler publishes on time, exactly once', () => {
  test(
    'a scheduled item is published within seconds of its time, on WeChat and Weibo; enqueueing twice adds one job',
    withWorkerLog(
      () => worker,
      async () => {
        const article = await approvedArticle(world)
        const due = inMs(4000)
        const wechat = await queuedDelivery(world, { article, platform: 'wechat', publishAt: due })
        const weibo = await queuedDelivery(world, { article, platform: 'weibo', publishAt: due })
        await queues.enqueueDelivery({ deliveryId: wechat.id, platform: 'wechat', runAt: due })
        await queues.enqueueDelivery({ deliveryId: weibo.id, platform: 'weibo', runAt: due })
        await queues.enqueueDelivery({ deliveryId: weibo.id, platform: 'weibo', runAt: due })
        await sleep(2000)
        assert.equal((await readDelivery(world, weibo.id)).state, 'queued', 'nothing happens before its time')
        for (const [platform, delivery] of [
          ['weibo', weibo],
          ['wechat', wechat],
        ] as const) {
          const done = await waitForState(world, { id: delivery.id, states: FINAL, timeoutMs: SLOW_MS })
          assert.equal(done.state, 'published', JSON.stringify(done.lastError))
          const late = await receivedLate(world, { platform, index: 0, due })
          assert.ok(late >= -500 && late < ON_TIME_MS, `${platform} received the post ${late} ms after its time`)
        }
        assert.equal((await world.control.weibo.entries('post')).length, 1, 'one post although enqueued twice')
      },
    ),
  )

  test(
    'cancel: the job is removed and nothing is posted; a job that fires anyway finds the delivery cancelled',
    withWorkerLog(
      () => worker,
      async () => {
        const article = await approvedArticle(world)
        const posts = await postCount(world, 'weibo')
        const removed = await queuedDelivery(world, { article, platform: 'weibo', publishAt: inMs(2500) })
        const fired = await queuedDelivery(world, { article, platform: 'weibo', publishAt: inMs(2500) })
        for (const delivery of [removed, fired])
          await queues.enqueueDelivery({ deliveryId: delivery.id, platform: 'weibo', runAt: inMs(2500) })
        for (const delivery of [removed, fired]) await setDeliveryState(world, { id: delivery.id, state: 'cancelled' })
        await queues.cancelDelivery({ deliveryId: removed.id, platform: 'weibo' })
        assert.equal(await world.redis.client.exists(jobKey('weibo', removed.id)), 0, 'the job is gone')
        assert.equal(await world.redis.client.exists(jobKey('weibo', fired.id)), 1)
        await sleep(4500)
        assert.equal(await world.redis.client.exists(jobKey('weibo', fired.id)), 0, 'the job that fired finished without publishing')
        for (const delivery of [removed, fired]) assert.equal((await readDelivery(world, delivery.id)).state, 'cancelled')
        assert.equal(await postCount(world, 'weibo'), posts)
      },
    ),
  )

  test(
    'reschedule: earlier and later; a move the queue never heard of is still honoured (the calendar is the record)',
    withWorkerLog(
      () => worker,
      async () => {
        // One article each: Weibo refuses the same text twice.
        const articles = [await approvedArticle(world), await approvedArticle(world), await approvedArticle(world)]
        const earlier = await queuedDelivery(world, { article: articles[0], platform: 'weibo', publishAt: inMs(60_000) })
        const later = await queuedDelivery(world, { article: articles[1], platform: 'weibo', publishAt: inMs(2000) })
        const unheard = await queuedDelivery(world, { article: articles[2], platform: 'weibo', publishAt: inMs(2000) })
        await queues.enqueueDelivery({ deliveryId: earlier.id, platform: 'weibo', runAt: inMs(60_000) })
        for (const delivery of [later, unheard])
          await queues.enqueueDelivery({ deliveryId: delivery.id, platform: 'weibo', runAt: inMs(2000) })
        const soon = inMs(3000)
        const laterDue = inMs(9000)
        await moveEntry(world, { entry: earlier.entry!, publishAt: soon })
        await queues.rescheduleDelivery({ deliveryId: earlier.id, platform: 'weibo', runAt: soon })
        await moveEntry(world, { entry: later.entry!, publishAt: laterDue })
        await queues.rescheduleDelivery({ deliveryId: later.id, platform: 'weibo', runAt: laterDue })
        await moveEntry(world, { entry: unheard.entry!, publishAt: laterDue })
        await waitForState(world, { id: earlier.id, states: ['published'], timeoutMs: SLOW_MS })
        const earlierAt = Date.now()
        assert.ok(earlierAt - soon.getTime() < ON_TIME_MS, 'moved earlier: published at the new time')
        await sleep(Math.max(0, laterDue.getTime() - Date.now() - 3000))
        for (const delivery of [later, unheard])
          assert.equal((await readDelivery(world, delivery.id)).state, 'queued', 'moved later: not published at the old time')
        for (const delivery of [later, unheard]) {
          await waitForState(world, { id: delivery.id, states: ['published'], timeoutMs: SLOW_MS })
          assert.ok(Date.now() - laterDue.getTime() < ON_TIME_MS + 1000)
        }
      },
    ),
  )

  test(
    'a Redis restart loses nothing: the delayed job survives (AOF) and is published at its time',
    withWorkerLog(
      () => worker,
      async () => {
        const article = await approvedArticle(world)
        const due = inMs(5000)
        const delivery = await queuedDelivery(world, { article, platform: 'weibo', publishAt: due })
        const index = await postCount(world, 'weibo')
        await queues.enqueueDelivery({ deliveryId: delivery.id, platform: 'weibo', runAt: due })
        await sleep(1200)
        await world.redis.restart()
        const done = await waitForState(world, { id: delivery.id, states: FINAL, timeoutMs: SLOW_MS })
        assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        const late = await receivedLate(world, { platform: 'weibo', index, due })
        assert.ok(late >= -500 && late < 2 * ON_TIME_MS, `received ${late} ms after its time`)
      },
    ),
  )

  test(
    'FLUSHALL loses nothing: the reconciler rebuilds every job from the database, none early',
    withWorkerLog(
      () => worker,
      async () => {
        const articles = [await approvedArticle(world), await approvedArticle(world)]
        const due = inMs(12_000)
        const weibo = await queuedDelivery(world, { article: articles[0], platform: 'weibo', publishAt: due })
        const wechat = await queuedDelivery(world, { article: articles[1], platform: 'wechat', publishAt: due })
        await queues.enqueueDelivery({ deliveryId: weibo.id, platform: 'weibo', runAt: due })
        await queues.enqueueDelivery({ deliveryId: wechat.id, platform: 'wechat', runAt: due })
        const posts = { weibo: await postCount(world, 'weibo'), wechat: await postCount(world, 'wechat') }
        // The reconciler (every 2 s) may rebuild a job before any check here could see it gone, so the
        // rebuild is told by the job's creation time: after the flush.
        const flushedAt = Date.now()
        await world.redis.client.flushall()
        const rebuilt = async (key: string) => Number(await world.redis.client.hget(key, 'timestamp')) >= flushedAt
        await waitFor({
          what: 'the reconciler to re-add both jobs',
          timeoutMs: 9000,
          check: async () => (await rebuilt(jobKey('weibo', weibo.id))) && (await rebuilt(jobKey('wechat', wechat.id))),
        })
        assert.equal((await readDelivery(world, weibo.id)).state, 'queued', 'not published early')
        for (const delivery of [weibo, wechat]) {
          const done = await waitForState(world, { id: delivery.id, states: FINAL, timeoutMs: SLOW_MS })
          assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        }
        const weiboLate = await receivedLate(world, { platform: 'weibo', index: posts.weibo, due })
        const wechatLate = await receivedLate(world, { platform: 'wechat', index: posts.wechat, due })
        for (const late of [weiboLate, wechatLate]) assert.ok(late >= -500 && late < 2 * ON_TIME_MS, `received ${late} ms after its time`)
      },
    ),
  )
})

describe('retries', () => {
  test(
    'transient platform errors are retried with backoff until published, resuming from the recorded ids',
    withWorkerLog(
      () => worker,
      async () => {
        const before = {
          drafts: (await world.control.wechat.entries('draft')).length,
          covers: (await world.control.wechat.entries('material')).length,
        }
        await world.control.wechat.addFaults({ path: '/cgi-bin/draft/add', kind: 'status', status: 503, times: 2 })
        const article = await approvedArticle(world)
        const delivery = await queuedDelivery(world, { article, platform: 'wechat' })
        await queues.enqueueDelivery({ deliveryId: delivery.id, platform: 'wechat' })
        const done = await waitForState(world, { id: delivery.id, states: FINAL, timeoutMs: SLOW_MS })
        assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        assert.equal(done.attempts, 3)
        assert.equal((await world.control.wechat.entries('draft')).length, before.drafts + 1)
        assert.equal((await world.control.wechat.entries('material')).length, before.covers + 1, 'the cover was uploaded once')
      },
    ),
  )

  test(
    'a rate limit waits as long as the platform asks and spends no attempt; quota errors fail at once with the reason',
    withWorkerLog(
      () => worker,
      async () => {
        const article = await approvedArticle(world)
        await world.control.weibo.addFaults({
          path: '/2/statuses/share.json',
          kind: 'reply',
          status: 403,
          json: { error: 'User requests out of rate limit!', error_code: 10024, request: '/2/statuses/share.json' },
        })
        const limited = await queuedDelivery(world, { article, platform: 'weibo' })
        await queues.enqueueDelivery({ deliveryId: limited.id, platform: 'weibo' })
        const waiting = await waitFor({
          what: 'the rate-limited delivery back in the queue',
          timeoutMs: SLOW_MS,
          check: async () => {
            const current = await readDelivery(world, limited.id)
            return current.lastError?.kind === 'rate_limited' ? current : null
          },
        })
        assert.equal(waiting.state, 'queued')
        assert.equal(waiting.attempts, 0, 'no attempt spent')
        assert.match(waiting.lastError!.action, /3600 秒后自动重试/)
        await setDeliveryState(world, { id: limited.id, state: 'cancelled' })
        await queues.cancelDelivery({ deliveryId: limited.id, platform: 'weibo' })

        await world.control.wechat.addFaults({
          path: '/cgi-bin/freepublish/submit',
          kind: 'reply',
          json: { errcode: 45009, errmsg: 'reach max api daily quota limit' },
        })
        const quota = await queuedDelivery(world, { article, platform: 'wechat' })
        await queues.enqueueDelivery({ deliveryId: quota.id, platform: 'wechat' })
        const failed = await waitForState(world, { id: quota.id, states: FINAL, timeoutMs: SLOW_MS })
        assert.equal(failed.state, 'failed')
        assert.equal(failed.attempts, 1)
        assert.match(failed.lastError!.action, /额度/)
        // The operator's log: one line for the attempt, the platform's reason in it.
        assert.match(worker.output(), new RegExp(`"delivery":${quota.id},"err":"[^"]*45009[^"]*","msg":"delivery attempt failed"`))
      },
    ),
  )
})

describe('exactly once', () => {
  test(
    'the claim is a compare-and-set: of twenty concurrent claims of one delivery exactly one wins',
    withWorkerLog(
      () => worker,
      async () => {
        const { claimDelivery } = await import('../../cms/delivery/claimDelivery')
        const article = await approvedArticle(world)
        // Due in an hour: the running worker's reconciler must not claim it first (on Postgres it is that quick).
        const delivery = await queuedDelivery(world, { article, platform: 'toutiao', publishAt: new Date(Date.now() + 3_600_000) })
        const claims = await Promise.all(Array.from({ length: 20 }, () => claimDelivery({ payload: world.cms.payload, id: delivery.id })))
        assert.equal(claims.filter(Boolean).length, 1)
        const stored = await readDelivery(world, delivery.id)
        assert.equal(stored.state, 'sending')
        assert.equal(stored.attempts, 1)
        await setDeliveryState(world, { id: delivery.id, state: 'cancelled' })
      },
    ),
  )

  test(
    'tokens: two processes refreshing at once fetch one token (a Redis lock around the refresh)',
    withWorkerLog(
      () => worker,
      async () => {
        const { createLockedTokenProvider } = await import('../../scheduler/tokens/lockedTokenProvider')
        const { Redis } = await import('ioredis')
        const connections = [new Redis(world.redis.url), new Redis(world.redis.url)]
        // Two providers with their own single-flight maps stand for two worker processes.
        const providers = connections.map((redis) => createLockedTokenProvider({ redis }))
        let fetches = 0
        const fetch = async () => {
          fetches += 1
          await sleep(200)
          return { value: `T${fetches}`, expiresAt: Date.now() + 7_200_000 }
        }
        const tokens = await Promise.all(
          providers.flatMap((provider) => [provider.get({ key: 'wechat:test', fetch }), provider.get({ key: 'wechat:test', fetch })]),
        )
        assert.deepEqual(new Set(tokens.map((token) => token.value)), new Set(['T1']))
        const refreshed = await Promise.all(providers.map((provider) => provider.refresh({ key: 'wechat:test', rejected: 'T1', fetch })))
        assert.deepEqual(
          refreshed.map((token) => token.value),
          ['T2', 'T2'],
        )
        assert.equal(fetches, 2)
        for (const redis of connections) redis.disconnect()
      },
    ),
  )

  test(
    'the worker refuses to start when Redis may evict keys',
    withWorkerLog(
      () => worker,
      async () => {
        await world.redis.client.config('SET', 'maxmemory-policy', 'allkeys-lru')
        try {
          const { code, output } = await runWorkerToExit()
          assert.equal(code, 1)
          assert.match(output, /noeviction/)
        } finally {
          await world.redis.client.config('SET', 'maxmemory-policy', 'noeviction')
        }
      },
    ),
  )
})

describe('the worker process', () => {
  test('outside production it opens no connection to the web server’s port (Payload’s config-reload socket kept `next start` from stopping)', async () => {
    let connections = 0
    const port = await freePort()
    // Where the Next server would listen: every address localhost may name.
    const server = createServer((socket) => {
      connections += 1
      socket.destroy()
    })
    await new Promise<void>((resolve) => server.listen(port, resolve))
    const outside = await startTestWorker({ env: { NODE_ENV: 'development', PORT: String(port) } })
    try {
      // Payload opens its socket right after its init, before the worker says it is ready; a moment more for the connect.
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      assert.equal(connections, 0)
    } finally {
      await outside.stop()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
