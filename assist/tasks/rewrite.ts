import { platformNotes, promptTemplates, rewriteOutputFormats } from '../../templates/prompts'
import { applyLengthLimit } from '../lengthLimit'
import { PLATFORMS } from '../../lib/platforms'
import {
  DEFAULT_PLATFORM,
  PLATFORM_LIMITS,
  WEIBO_STATUS_LIMIT,
  postsLinkedStatuses,
  stricterLimit,
  takesShortPosts,
} from '../platformLimits'
import type { AssistPlatform } from '../types'
import { articleDraft } from './draft'
import type { TaskDefinition } from './taskDefinition'
import { offlineWeiboPost, weiboPostDraft } from './weibo'

/**
 * The rewrite's length: a status counted Weibo's way; a caption or note within its platform's body limit
 * (抖音, 小红书, 视频号); an article only as long as the caller asks.
 */
function rewriteLimit(args: { platform: AssistPlatform; maxLength?: number }): number | undefined {
  if (postsLinkedStatuses(args.platform)) return stricterLimit({ platformLimit: WEIBO_STATUS_LIMIT, maxLength: args.maxLength })
  const body = PLATFORM_LIMITS[args.platform].body
  return takesShortPosts(args.platform) && body !== null
    ? stricterLimit({ platformLimit: body, maxLength: args.maxLength })
    : args.maxLength
}

/**
 * The article rewritten for another platform; for Weibo that is a Weibo post with the weibo task's rules
 * (offline too). Rewriting for WeChat or Toutiao, or into a caption or note, needs the model.
 */
export const rewriteTask: TaskDefinition = {
  task: 'rewrite',
  prompt: promptTemplates.rewrite,
  format: 'text',
  missingInput(input) {
    if (!input.text) return '改写需要原文（text）。'
    return input.platform ? null : `改写需要目标平台（platform：${PLATFORMS.join('、')} 之一）。`
  },
  variables(input) {
    const platform = input.platform ?? DEFAULT_PLATFORM
    const limit = rewriteLimit({ platform, maxLength: input.maxLength })
    return { platformNote: platformNotes[platform], outputFormat: rewriteOutputFormats[platform], limit }
  },
  parse({ raw, input }) {
    if (input.platform !== undefined && postsLinkedStatuses(input.platform)) return weiboPostDraft({ raw, input })
    const parsed = articleDraft({ raw, input })
    if (!parsed.ok) return parsed
    const [draft] = parsed.drafts
    const platform = PLATFORM_LIMITS[input.platform ?? DEFAULT_PLATFORM]
    const title = typeof draft.meta?.title === 'string' ? draft.meta.title : ''
    const titleCheck = applyLengthLimit({
      text: title,
      limit: { max: platform.title, measure: 'characters', label: `${platform.label}标题`, overflow: 'flag' },
    })
    return { ok: true, drafts: [{ ...draft, issues: titleCheck.issues }] }
  },
  offline(input) {
    return input.platform !== undefined && postsLinkedStatuses(input.platform) ? [offlineWeiboPost(input)] : null
  },
}
