import { createChannelsPublisher } from './channels'
import type { AnyPublisher, PublisherId } from './core/publisher'
import { createDouyinImageTextPublisher, createDouyinVideoPublisher } from './douyin'
import type { DouyinConfig } from './douyin'
import type { ContentKind, PlatformId } from './core/types'
import { createToutiaoAssistedPublisher, createToutiaoVideoPublisher } from './toutiao'
import type { ToutiaoConfig } from './toutiao'
import { createWechatPublisher } from './wechat'
import type { WechatConfig } from './wechat'
import { createWeiboPublisher } from './weibo'
import type { WeiboConfig } from './weibo'
import { createXiaohongshuPublisher } from './xiaohongshu'

/** Base URLs and timeouts from the caller's env (WECHAT_API_BASE, WEIBO_API_BASE, TOUTIAO_API_BASE, DOUYIN_API_BASE); real hosts by default. */
export type PublishersConfig = { wechat?: WechatConfig; weibo?: WeiboConfig; toutiao?: ToutiaoConfig; douyin?: DouyinConfig }

export type PublisherRegistry = {
  all: readonly AnyPublisher[]
  get(id: PublisherId): AnyPublisher
  /** The publisher for a platform and content kind (Toutiao: video → API, article/poster → assisted). */
  find(args: { platform: PlatformId; contentKind: ContentKind }): AnyPublisher | undefined
}

/** Hand-written on purpose: adding a platform is one line here and one folder beside this file. */
export function createPublisherRegistry(config: PublishersConfig = {}): PublisherRegistry {
  const all: readonly AnyPublisher[] = [
    createWechatPublisher(config.wechat),
    createWeiboPublisher(config.weibo),
    createToutiaoVideoPublisher(config.toutiao),
    createToutiaoAssistedPublisher(),
    createDouyinVideoPublisher(config.douyin),
    createDouyinImageTextPublisher(config.douyin),
    createXiaohongshuPublisher(),
    createChannelsPublisher(),
  ]
  return {
    all,
    get(id) {
      const publisher = all.find((candidate) => candidate.id === id)
      if (publisher === undefined) throw new Error(`no publisher ${id}`)
      return publisher
    },
    find: ({ platform, contentKind }) =>
      all.find((candidate) => candidate.capabilities.platform === platform && candidate.capabilities.contentKinds.includes(contentKind)),
  }
}
