import type { RenderInput, RenderResult } from '../../types'
import { renderShortPost } from '../shortPost/renderShortPost'
import { douyinRules } from './douyinRules'

/** A Douyin caption (视频 or 图集): plain text, `#话题` last, the pictures of a 图集 in order. */
export function renderDouyin(input: RenderInput): RenderResult {
  return renderShortPost({ input, rules: douyinRules })
}
