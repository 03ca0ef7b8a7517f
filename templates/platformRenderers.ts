import { renderToutiao } from './platforms/toutiao/renderToutiao'
import { renderWechat } from './platforms/wechat/renderWechat'
import { renderWeibo } from './platforms/weibo/renderWeibo'
import type { PlatformId, PlatformRenderer } from './types'

/** The one place that maps a platform to its renderer. */
export const platformRenderers: Record<PlatformId, PlatformRenderer> = {
  wechat: renderWechat,
  toutiao: renderToutiao,
  weibo: renderWeibo,
}
