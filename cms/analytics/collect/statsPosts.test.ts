import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { platformHasStatsApi, statsPostsOf, type PublishedDelivery } from './statsPosts'

const delivery = (overrides: Partial<PublishedDelivery>): PublishedDelivery => ({
  id: 7,
  content: { relationTo: 'articles', value: 1 },
  bundle: [],
  remoteIds: { msgDataId: '2247503052', msgId: '1000000001' },
  publishedAt: '2026-12-01T17:30:00.000Z',
  ...overrides,
})

describe('statsPostsOf', () => {
  test('one post per article of a bundle, the lead first, with the remote ids and the Beijing publish day', () => {
    const posts = statsPostsOf({
      platform: 'wechat',
      timeZone: 'Asia/Shanghai',
      deliveries: [
        delivery({
          bundle: [
            { article: 2, revision: 'r2' },
            { article: 3, revision: 'r3' },
          ],
        }),
      ],
    })
    assert.deepEqual(
      posts.map((post) => [post.deliveryId, post.position, post.publishedOn]),
      [
        ['7', 1, '2026-12-02'],
        ['7', 2, '2026-12-02'],
        ['7', 3, '2026-12-02'],
      ],
    )
    assert.deepEqual(posts[2].remoteIds, { msgDataId: '2247503052', msgId: '1000000001' })
  })

  test('only string remote ids are passed on', () => {
    const [post] = statsPostsOf({
      platform: 'weibo',
      timeZone: 'Asia/Shanghai',
      deliveries: [delivery({ remoteIds: { post: '5118000000000001', n: 3 } })],
    })
    assert.deepEqual(post.remoteIds, { post: '5118000000000001' })
  })

  test('a route without a statistics API (a Toutiao article posted by hand) is left to people; its video is asked', () => {
    const posts = statsPostsOf({
      platform: 'toutiao',
      timeZone: 'Asia/Shanghai',
      deliveries: [delivery({ id: 1 }), delivery({ id: 2, content: { relationTo: 'videos', value: 5 } })],
    })
    assert.deepEqual(
      posts.map((post) => post.deliveryId),
      ['2'],
    )
  })

  test('a delivery without a publish time is skipped', () => {
    assert.deepEqual(statsPostsOf({ platform: 'weibo', timeZone: 'Asia/Shanghai', deliveries: [delivery({ publishedAt: null })] }), [])
  })
})

describe('platformHasStatsApi', () => {
  test('every platform today has at least one route with an API', () => {
    assert.equal(platformHasStatsApi('wechat'), true)
    assert.equal(platformHasStatsApi('weibo'), true)
    assert.equal(platformHasStatsApi('toutiao'), true)
  })
})
