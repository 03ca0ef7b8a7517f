import { addDays } from '../../lib/zonedTime'
import { createMemoryLogger } from '../../publishers/core/logger'
import type { StatsContext, StatsPost } from '../../publishers/core/stats'
import { createTokenProvider } from '../../publishers/core/tokens/tokenProvider'
import { createMemoryTokenStore } from '../../publishers/core/tokens/tokenStore'
import { createWechatPublisher } from '../../publishers/wechat'
import { beijingDay } from '../fakes/shared/clock'
import type { FakeControl } from '../fakes/shared/fakeControl'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createTestContext } from './harness'
import { WECHAT_BUNDLE_ASSETS, WECHAT_CREDENTIALS, wechatMassRequest, wechatRequest } from './wechatFixtures'

const DAY_MS = 86_400_000

/** Days relative to the fake's Beijing today (its clock runs at real time unless a test moves it). */
export const beijingToday = (): string => beijingDay(Date.now())
export const daysAgo = (days: number): string => addDays(beijingToday(), -days)

export type Published = { msgDataId: string; publishedOn: string; remoteIds: Record<string, string> }

/**
 * Publishes through the real WeChat publisher `days` days ago on the fake's clock (moved back, then forward
 * again): `mass` 群发 with `extra` articles after the lead, or `publish` 发表不通知. What the publisher recorded
 * is what the CMS would hand the collector.
 */
export async function publishDaysAgo(args: {
  fake: RunningFake
  control: FakeControl
  days: number
  mode: 'mass' | 'publish'
  extra?: number
  key: string
}): Promise<Published> {
  const shift = args.days * DAY_MS
  const publisher = createWechatPublisher({ apiBase: args.fake.baseUrl, timeoutMs: 2_000 })
  const push = { mode: args.mode, dedupeKey: args.key }
  const request = args.mode === 'mass' ? wechatMassRequest({ extra: args.extra, push }) : wechatRequest({ push })
  const { ctx, recorded } = createTestContext({ credentials: WECHAT_CREDENTIALS, assets: WECHAT_BUNDLE_ASSETS })
  await args.control.advanceClock(-shift)
  try {
    const outcome = await publisher.publish({ request, ctx })
    if (outcome.state !== 'processing') throw new Error(`publish ended ${outcome.state}`)
  } finally {
    await args.control.advanceClock(shift)
  }
  const msgDataId = recorded.msgDataId
  if (msgDataId === undefined) throw new Error(`the ${args.mode} path recorded no msgDataId: ${JSON.stringify(recorded)}`)
  return { msgDataId, publishedOn: daysAgo(args.days), remoteIds: { ...recorded } }
}

/** The StatsPosts the CMS would pass for one delivery: one per article position. */
export function postsOf(args: { deliveryId: string; published: Published; positions?: number }): StatsPost[] {
  return Array.from({ length: args.positions ?? 1 }, (_, i) => ({
    deliveryId: args.deliveryId,
    position: i + 1,
    remoteIds: args.published.remoteIds,
    publishedOn: args.published.publishedOn,
  }))
}

export function statsContext(args: { now?: () => number } = {}): {
  ctx: StatsContext
  logs: ReturnType<typeof createMemoryLogger>['entries']
} {
  const { logger, entries } = createMemoryLogger()
  return {
    ctx: {
      credentials: WECHAT_CREDENTIALS,
      tokens: createTokenProvider({ store: createMemoryTokenStore() }),
      signal: new AbortController().signal,
      logger,
      now: args.now ?? Date.now,
    },
    logs: entries,
  }
}
