import assert from 'node:assert/strict'
import { after, before, beforeEach, test } from 'node:test'
import { createMemoryLogger } from '../../publishers/core/logger'
import type { StatsContext, StatsPost } from '../../publishers/core/stats'
import { createTokenProvider } from '../../publishers/core/tokens/tokenProvider'
import { createMemoryTokenStore } from '../../publishers/core/tokens/tokenStore'
import { createDouyinVideoPublisher } from '../../publishers/douyin'
import { createDouyinStatsCollector } from '../../publishers/douyin/stats'
import { startDouyinFake } from '../fakes/douyin'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { createTestContext } from './harness'
import { DOUYIN_ASSETS, DOUYIN_CREDENTIALS, douyinVideoRequest } from './douyinFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startDouyinFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const statsContext = (): StatsContext => ({
  credentials: DOUYIN_CREDENTIALS,
  tokens: createTokenProvider({ store: createMemoryTokenStore() }),
  signal: new AbortController().signal,
  logger: createMemoryLogger().logger,
})

test("douyin statistics: each item's live counters as today's cumulative row, as the fake reports them; hand-offs skipped", async () => {
  const published = createTestContext({ credentials: DOUYIN_CREDENTIALS, assets: DOUYIN_ASSETS })
  await createDouyinVideoPublisher({ apiBase: fake.baseUrl }).publish({ request: douyinVideoRequest(), ctx: published.ctx })
  const itemId = published.recorded.item ?? ''
  const posts: StatsPost[] = [
    { deliveryId: 'd1', position: 1, remoteIds: published.recorded, publishedOn: '2026-12-04' },
    { deliveryId: 'd2', position: 1, remoteIds: {}, publishedOn: '2026-12-04' },
  ]
  const collector = createDouyinStatsCollector({ apiBase: fake.baseUrl })
  await collector.collect({ posts, window: { from: '2026-12-01', to: '2026-12-04' }, ctx: statsContext() })
  const result = await collector.collect({ posts, window: { from: '2026-12-01', to: '2026-12-04' }, ctx: statsContext() })
  const items = (await (await fetch(`${fake.baseUrl}/__items`)).json()) as {
    items: { item_id: string; statistics: Record<string, number> }[]
  }
  const stats = items.items.find((item) => item.item_id === itemId)?.statistics
  assert.ok(stats && stats.play_count > 0, 'public after review: counters run')
  assert.equal(result.posts.length, 1)
  assert.deepEqual(
    { ...result.posts[0], date: undefined },
    {
      deliveryId: 'd1',
      position: 1,
      externalId: itemId,
      date: undefined,
      kind: 'cumulative',
      final: true,
      plays: stats.play_count,
      likes: stats.digg_count,
      comments: stats.comment_count,
      shares: stats.share_count,
      reposts: stats.forward_count,
    },
  )
  assert.deepEqual(result.account, [])
})
