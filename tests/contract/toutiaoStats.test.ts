import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { PermissionError, QuotaExceededError, ReauthRequiredError } from '../../publishers/core/errors'
import { msUntilNextBeijingMidnight } from '../../publishers/core/errorTable'
import type { StatsPost } from '../../publishers/core/stats'
import type { RotatedCredentials } from '../../publishers/core/tokens/rotatedCredentials'
import { createToutiaoStatsCollector, createToutiaoVideoPublisher } from '../../publishers/toutiao'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { startToutiaoFake } from '../fakes/toutiao'
import { readToutiaoFakeStats, TOUTIAO_VIDEO_DATA_PATH, toutiaoStatsFaults } from '../fakes/toutiao/stats'
import { createTestContext } from './harness'
import { TOUTIAO_ASSETS, TOUTIAO_CREDENTIALS, toutiaoVideoRequest } from './toutiaoFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startToutiaoFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

/** 2026-03-01 16:00 UTC = 2026-03-02 00:00 in Beijing: the row's date is the Beijing day. */
const NOW = Date.UTC(2026, 2, 1, 16, 0)
const collector = (baseUrl = fake.baseUrl) => createToutiaoStatsCollector({ apiBase: baseUrl, timeoutMs: 1_000 })
const statsContext = (credentials: Record<string, unknown> = TOUTIAO_CREDENTIALS) => {
  const rotated: RotatedCredentials[] = []
  const { ctx, logs } = createTestContext({ credentials })
  const onCredentialsRotated = async ({ credentials: fresh }: { credentials: RotatedCredentials }) => {
    rotated.push(fresh)
  }
  return { ctx: { ...ctx, now: () => NOW, onCredentialsRotated }, logs, rotated }
}
const post = (deliveryId: string, remoteIds: Record<string, string>): StatsPost => ({
  deliveryId,
  position: 1,
  remoteIds,
  publishedOn: '2026-03-01',
})
const window = { from: '2026-02-24', to: '2026-03-02' }

/** Publishes a video through the fake and returns its item_id. */
async function publishVideo(title: string, baseUrl = fake.baseUrl): Promise<string> {
  const { ctx, recorded } = createTestContext({ credentials: TOUTIAO_CREDENTIALS, assets: TOUTIAO_ASSETS })
  await createToutiaoVideoPublisher({ apiBase: baseUrl, timeoutMs: 1_000 }).publish({ request: toutiaoVideoRequest({ title }), ctx })
  const itemId = recorded.item
  assert.ok(itemId !== undefined)
  return itemId
}
const dataCalls = async () => (await control.entries('stats-video-data')).map((entry) => entry.data.item_ids as string[])

describe('toutiao video statistics collector', () => {
  test('one cumulative row per video, dated today in Beijing, with exactly the numbers the fake reports; no follower rows', async () => {
    const first = await publishVideo('会员日开箱实测')
    const second = await publishVideo('会员日直播回放')
    const { ctx } = statsContext()
    const result = await collector().collect({
      posts: [post('d1', { video: 'v0200fFAKE1', item: first }), post('d2', { item: second }), post('d3', { item: '@UNKNOWN+/=' })],
      window,
      ctx,
    })
    const reported = await readToutiaoFakeStats(fake.baseUrl)
    const expected = (deliveryId: string, itemId: string) => {
      const counts = reported.videos.find((video) => video.item_id === itemId)
      assert.ok(counts, `the fake reports ${itemId}`)
      return {
        deliveryId,
        position: 1,
        externalId: itemId,
        date: '2026-03-02',
        kind: 'cumulative',
        final: true,
        plays: counts.play_count,
        likes: counts.digg_count,
        comments: counts.comment_count,
        shares: counts.share_count,
        reposts: counts.forward_count,
      }
    }
    assert.deepEqual(result.posts, [expected('d1', first), expected('d2', second)], 'an id the platform does not return gets no row')
    assert.deepEqual(result.account, [], 'Toutiao has no follower endpoint')
    assert.deepEqual(result.delayedDates, [])
    assert.deepEqual(await dataCalls(), [[first, second, '@UNKNOWN+/=']], 'JSON body {"item_ids": [...]}, ids untouched')
    const calls = (await control.requests()).filter((request) => request.path === TOUTIAO_VIDEO_DATA_PATH)
    assert.deepEqual(calls, [{ method: 'POST', path: TOUTIAO_VIDEO_DATA_PATH }])
  })

  test('25 videos are read in calls of at most 10 item_ids', async () => {
    const known = await publishVideo('会员日开箱实测')
    const ids = [
      ...Array.from({ length: 12 }, (_, i) => `@FAKE_UNKNOWN_${i}`),
      known,
      ...Array.from({ length: 12 }, (_, i) => `@FAKE_OTHER_${i}`),
    ]
    const { ctx } = statsContext()
    const result = await collector().collect({ posts: ids.map((id, index) => post(`d${index}`, { item: id })), window, ctx })
    const calls = await dataCalls()
    assert.deepEqual(
      calls.map((call) => call.length),
      [10, 10, 5],
    )
    assert.deepEqual(calls.flat(), ids)
    assert.deepEqual(
      result.posts.map((row) => [row.deliveryId, row.externalId]),
      [['d12', known]],
    )
  })

  test('articles published by hand (assisted route, no item_id) are skipped without any call', async () => {
    const { ctx, logs } = statsContext()
    const result = await collector().collect({
      posts: [post('a1', {}), post('a2', { manualUrl: 'https://www.toutiao.com/article/1/' })],
      window,
      ctx,
    })
    assert.deepEqual(result, { posts: [], account: [], delayedDates: [] })
    assert.deepEqual(await control.requests(), [])
    assert.ok(logs.some((entry) => entry.message?.includes('posts without a video item_id are skipped')))
  })

  test('counters sent as strings are read as numbers', async () => {
    await control.addFaults({
      path: TOUTIAO_VIDEO_DATA_PATH,
      kind: 'reply',
      json: {
        data: {
          error_code: '0',
          description: '',
          list: [
            {
              item_id: '@TTFAKE',
              statistics: { comment_count: '1', digg_count: '2', forward_count: '0', play_count: '88', share_count: '3' },
            },
          ],
        },
        extra: { error_code: 0, description: '' },
      },
    })
    const { ctx } = statsContext()
    const result = await collector().collect({ posts: [post('d1', { item: '@TTFAKE' })], window, ctx })
    assert.deepEqual(
      result.posts.map(({ plays, likes, comments, shares, reposts }) => ({ plays, likes, comments, shares, reposts })),
      [{ plays: 88, likes: 2, comments: 1, shares: 3, reposts: 0 }],
    )
  })

  describe('errors', () => {
    const collectOne = (ctx = statsContext().ctx) => collector().collect({ posts: [post('d1', { item: '@TTFAKE' })], window, ctx })

    test('an expired access token (2190008) is refreshed once, saved to the account, and the read goes on', async () => {
      const itemId = await publishVideo('会员日开箱实测')
      await control.addFaults(toutiaoStatsFaults.expiredToken())
      const { ctx, rotated, logs } = statsContext()
      const result = await collector().collect({ posts: [post('d1', { item: itemId })], window, ctx })
      assert.equal(result.posts.length, 1)
      assert.deepEqual(
        (await control.entries('token')).map((entry) => entry.data.grant),
        ['refresh_token'],
      )
      assert.equal(rotated.length, 1, 'the refreshed token goes back to the account')
      assert.equal(logs.filter((entry) => entry.message === 'toutiao token rejected; refreshing once').length, 1)
    })

    test('an expired refresh token as well → ReauthRequiredError', async () => {
      await control.addFaults([
        toutiaoStatsFaults.expiredToken(),
        { path: TOUTIAO_VIDEO_DATA_PATH, kind: 'platform', action: 'expire-refresh-token' },
      ])
      await assert.rejects(collectOne(), ReauthRequiredError)
    })

    test('the app or the user lacks toutiao.video.data (2190004) → PermissionError', async () => {
      await control.addFaults(toutiaoStatsFaults.missingScope())
      await assert.rejects(collectOne(), (error: unknown) => error instanceof PermissionError && error.code === '2190004')
      const narrow = await startToutiaoFake({ options: { scope: 'toutiao.video.create' } })
      try {
        const itemId = await publishVideo('会员日开箱实测', narrow.baseUrl)
        const run = collector(narrow.baseUrl).collect({ posts: [post('d1', { item: itemId })], window, ctx: statsContext().ctx })
        await assert.rejects(run, (error: unknown) => error instanceof PermissionError && /toutiao\.video\.data/.test(error.message))
      } finally {
        await narrow.close()
      }
    })

    test('quota used up (2190001) → QuotaExceededError until midnight in Beijing', async () => {
      await control.addFaults(toutiaoStatsFaults.quotaUsedUp())
      await assert.rejects(collectOne(), (error: unknown) => {
        assert.ok(error instanceof QuotaExceededError)
        assert.equal(error.retryAfterMs, msUntilNextBeijingMidnight(NOW))
        return true
      })
    })
  })
})
