import { renderChannels } from './platforms/channels/renderChannels'
import { renderDouyin } from './platforms/douyin/renderDouyin'
import { renderToutiao } from './platforms/toutiao/renderToutiao'
import { renderWechat } from './platforms/wechat/renderWechat'
import { renderWeibo } from './platforms/weibo/renderWeibo'
import { renderXiaohongshu } from './platforms/xiaohongshu/renderXiaohongshu'
import type { PlatformId, PlatformRenderer } from './types'

/** The one place that maps a platform to its renderer. */
export const platformRenderers: Record<PlatformId, PlatformRenderer> = {
  wechat: renderWechat,
  toutiao: renderToutiao,
  weibo: renderWeibo,
  douyin: renderDouyin,
  xiaohongshu: renderXiaohongshu,
  channels: renderChannels,
}
