import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { PermissionError, RateLimitedError, ReauthRequiredError } from '../../publishers/core/errors'
import type { StatsPost } from '../../publishers/core/stats'
import { createWeiboPublisher, createWeiboStatsCollector } from '../../publishers/weibo'
import { WEIBO_ACCEPTED_WITHOUT_ID } from '../../publishers/weibo/publish'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { startWeiboFake } from '../fakes/weibo'
import { readWeiboFakeStats, WEIBO_STATS_PATHS, weiboStatsFaults } from '../fakes/weibo/stats'
import { createTestContext } from './harness'
import { WEIBO_CREDENTIALS, weiboRequest } from './weiboFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startWeiboFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

/** 2026-03-01 17:30 UTC = 2026-03-02 01:30 in Beijing: the row's date is the Beijing day. */
const NOW = Date.UTC(2026, 2, 1, 17, 30)
const collector = () => createWeiboStatsCollector({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
const statsContext = (credentials: Record<string, unknown> = WEIBO_CREDENTIALS) => {
  const { ctx, logs } = createTestContext({ credentials })
  return { ctx: { ...ctx, now: () => NOW }, logs }
}
const post = (deliveryId: string, remoteIds: Record<string, string>): StatsPost => ({
  deliveryId,
  position: 1,
  remoteIds,
  publishedOn: '2026-03-01',
})
const window = { from: '2026-02-24', to: '2026-03-02' }

/** Posts through the fake (its ids are int64 beyond 2^53) and returns the idstr it recorded. */
async function publishOne(body: string): Promise<string> {
  const { ctx, recorded } = createTestContext({ credentials: WEIBO_CREDENTIALS })
  await createWeiboPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 }).publish({ request: weiboRequest({ body }), ctx })
  const idstr = recorded.post
  assert.ok(idstr !== undefined)
  return idstr
}
const countCalls = async () => (await control.entries('stats-count')).map((entry) => entry.data.ids as string[])
const unknownIds = (count: number) => Array.from({ length: count }, (_, index) => String(9_100_000_000_000_000_000n + BigInt(index)))

describe('weibo statistics collector', () => {
  test('one cumulative row per known post, dated today in Beijing, with exactly the numbers the fake reports; followers too', async () => {
    const first = await publishOne('第一条：会员日预告')
    const second = await publishOne('第二条：会员日开抢')
    // Both ids exceed 2^53 and differ only in the last digit: as JS numbers they would be the same post.
    assert.equal(BigInt(second) - BigInt(first), 1n)
    assert.equal(Number(first), Number(second))
    const { ctx } = statsContext()
    const result = await collector().collect({
      posts: [
        post('d1', { post: first, url: 'https://weibo.com/x' }),
        post('d2', { post: second }),
        post('d3', { post: '5118000000000009999' }),
      ],
      window,
      ctx,
    })
    const reported = await readWeiboFakeStats(fake.baseUrl)
    const expected = (deliveryId: string, idstr: string) => {
      const counts = reported.posts.find((item) => item.idstr === idstr)
      assert.ok(counts, `the fake reports ${idstr}`)
      return {
        deliveryId,
        position: 1,
        externalId: idstr,
        date: '2026-03-02',
        kind: 'cumulative',
        final: true,
        comments: counts.comments,
        reposts: counts.reposts,
        likes: counts.attitudes,
      }
    }
    assert.deepEqual(result.posts, [expected('d1', first), expected('d2', second)], 'the deleted/unknown id is silently absent')
    assert.deepEqual(result.account, [{ date: '2026-03-02', followers: reported.followers, final: true }])
    assert.deepEqual(result.delayedDates, [])
    assert.deepEqual(await countCalls(), [[first, second, '5118000000000009999']], 'one GET with the ids comma-separated, exact')
    const calls = (await control.requests()).filter((request) => request.path !== '/2/statuses/share.json')
    assert.deepEqual(calls, [
      { method: 'GET', path: WEIBO_STATS_PATHS.count },
      { method: 'GET', path: WEIBO_STATS_PATHS.user },
    ])
    assert.deepEqual(
      (await control.entries('stats-user')).map((entry) => entry.data.uid),
      ['1404376560'],
    )
  })

  test("the fake's counters grow with its clock day, and the collector reads the new ones", async () => {
    const idstr = await publishOne('会员日：看数字每天涨')
    const before = (await readWeiboFakeStats(fake.baseUrl)).posts[0]
    await control.advanceClock(2 * 86_400_000)
    const later = await readWeiboFakeStats(fake.baseUrl)
    const grown = later.posts[0]
    assert.ok(before && grown && grown.attitudes > before.attitudes && grown.comments > before.comments)
    const { ctx } = statsContext()
    const result = await collector().collect({ posts: [post('d1', { post: idstr })], window, ctx })
    assert.deepEqual(
      result.posts.map(({ comments, reposts, likes }) => ({ comments, reposts, likes })),
      [{ comments: grown.comments, reposts: grown.reposts, likes: grown.attitudes }],
    )
  })

  test('150 posts are read in 2 calls of at most 100 ids, every id kept exact', async () => {
    const known = await publishOne('会员日：150 条里唯一真的一条')
    const ids = [...unknownIds(120), known, ...unknownIds(149).slice(120)]
    const { ctx } = statsContext()
    const result = await collector().collect({ posts: ids.map((id, index) => post(`d${index}`, { post: id })), window, ctx })
    const calls = await countCalls()
    assert.deepEqual(
      calls.map((call) => call.length),
      [100, 50],
    )
    assert.deepEqual(calls.flat(), ids)
    assert.deepEqual(
      result.posts.map((row) => [row.deliveryId, row.externalId]),
      [['d120', known]],
    )
  })

  test('counters and followers sent as strings are read as numbers; an id sent as a string is taken as is', async () => {
    await control.addFaults([
      {
        path: WEIBO_STATS_PATHS.count,
        kind: 'reply',
        json: [{ id: '5118000000000001001', comments: '3', reposts: '0', attitudes: '12' }],
      },
      { path: WEIBO_STATS_PATHS.user, kind: 'reply', json: { id: 1404376560, idstr: '1404376560', followers_count: '1204' } },
    ])
    const { ctx } = statsContext()
    const result = await collector().collect({ posts: [post('d1', { post: '5118000000000001001' })], window, ctx })
    assert.deepEqual(
      result.posts.map(({ externalId, comments, reposts, likes }) => ({ externalId, comments, reposts, likes })),
      [{ externalId: '5118000000000001001', comments: 3, reposts: 0, likes: 12 }],
    )
    assert.deepEqual(result.account, [{ date: '2026-03-02', followers: 1204, final: true }])
  })

  test('posts without a status id (none recorded, accepted by 20032 without one, pasted by hand) are skipped without a call', async () => {
    const { ctx, logs } = statsContext()
    const result = await collector().collect({
      posts: [post('d1', {}), post('d2', { post: WEIBO_ACCEPTED_WITHOUT_ID }), post('d3', { url: 'https://weibo.com/1404376560/abc' })],
      window,
      ctx,
    })
    assert.deepEqual(result.posts, [])
    assert.deepEqual(await countCalls(), [])
    assert.equal(result.account.length, 1, 'followers are still read')
    assert.ok(logs.some((entry) => entry.message?.includes('posts without a status id are skipped')))
  })

  test('without a stored uid the token names its user (get_token_info) and followers are still read', async () => {
    const { uid: _uid, ...withoutUid } = WEIBO_CREDENTIALS
    const { ctx } = statsContext(withoutUid)
    const result = await collector().collect({ posts: [], window, ctx })
    const reported = await readWeiboFakeStats(fake.baseUrl)
    assert.deepEqual(result.account, [{ date: '2026-03-02', followers: reported.followers, final: true }])
    assert.deepEqual(
      (await control.requests()).map((request) => request.path),
      ['/oauth2/get_token_info', WEIBO_STATS_PATHS.user],
    )
  })

  describe('errors come typed', () => {
    const collectOne = () => collector().collect({ posts: [post('d1', { post: '5118000000000001001' })], window, ctx: statsContext().ctx })

    test('rate limits (10023 user, 10022 IP) → RateLimitedError with an hour to wait', async () => {
      await control.addFaults(weiboStatsFaults.rateLimited())
      await assert.rejects(collectOne(), (error: unknown) => {
        assert.ok(error instanceof RateLimitedError)
        assert.equal(error.code, '10023')
        assert.equal(error.retryAfterMs, 3_600_000)
        return true
      })
      await control.addFaults(weiboStatsFaults.rateLimited({ path: WEIBO_STATS_PATHS.user, code: 10022 }))
      await assert.rejects(collector().collect({ posts: [], window, ctx: statsContext().ctx }), RateLimitedError)
    })

    test('an expired or revoked token → ReauthRequiredError; credentials known to be expired are not even sent', async () => {
      await control.addFaults(weiboStatsFaults.expiredToken())
      await assert.rejects(collectOne(), (error: unknown) => error instanceof ReauthRequiredError && error.code === '21327')
      await control.reset()
      const lapsed = statsContext({ ...WEIBO_CREDENTIALS, expiresAt: NOW - 1 })
      await assert.rejects(collector().collect({ posts: [], window, ctx: lapsed.ctx }), ReauthRequiredError)
      assert.deepEqual(await control.requests(), [])
    })

    test('no permission for the interface (10014) → PermissionError', async () => {
      await control.addFaults(weiboStatsFaults.noPermission())
      await assert.rejects(collectOne(), (error: unknown) => error instanceof PermissionError && error.code === '10014')
    })
  })
})
