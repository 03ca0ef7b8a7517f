import type { RenderInput, RenderResult } from '../../types'
import { renderShortPost } from '../shortPost/renderShortPost'
import { xiaohongshuRules } from './xiaohongshuRules'

/** A 小红书 note (图文笔记 or video): title, plain-text body ending in `#话题`, pictures in swipe order. */
export function renderXiaohongshu(input: RenderInput): RenderResult {
  return renderShortPost({ input, rules: xiaohongshuRules })
}
