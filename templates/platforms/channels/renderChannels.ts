import type { RenderInput, RenderResult } from '../../types'
import { renderShortPost } from '../shortPost/renderShortPost'
import { channelsRules } from './channelsRules'

/** A 视频号 post: short title, plain-text description ending in `#话题`, the cover. */
export function renderChannels(input: RenderInput): RenderResult {
  return renderShortPost({ input, rules: channelsRules })
}
