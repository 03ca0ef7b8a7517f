import type { PlatformId } from './core/types'
import type { StatsCollector } from './core/stats'
import type { PublishersConfig } from './registry'
import { createDouyinStatsCollector } from './douyin/stats'
import { createToutiaoStatsCollector } from './toutiao'
import { createWechatStatsCollector } from './wechat'
import { createWeiboStatsCollector } from './weibo'

/**
 * The statistics readers, one per platform whose profile says `stats: 'api'` on some route. Hand-written
 * like the publisher registry: a platform adds one line here and its `stats.ts` beside its publisher.
 */
export function createStatsCollectors(config: PublishersConfig = {}): ReadonlyMap<PlatformId, StatsCollector> {
  void config
  const all: StatsCollector[] = [
    createWechatStatsCollector(config.wechat),
    createWeiboStatsCollector(config.weibo),
    createToutiaoStatsCollector(config.toutiao),
    createDouyinStatsCollector(config.douyin),
  ]
  return new Map(all.map((collector) => [collector.platform, collector]))
}
