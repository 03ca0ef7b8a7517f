import { platformNotes, promptTemplates, rewriteOutputFormats } from '../../templates/prompts'
import { applyLengthLimit } from '../lengthLimit'
import { DEFAULT_PLATFORM, PLATFORM_LIMITS, WEIBO_STATUS_LIMIT, stricterLimit, takesShortPosts } from '../platformLimits'
import { articleDraft } from './draft'
import type { TaskDefinition } from './taskDefinition'
import { offlineWeiboPost, weiboPostDraft } from './weibo'

/**
 * The article rewritten for another platform; for Weibo that is a Weibo post with the weibo task's rules
 * (offline too). Rewriting a whole article for WeChat or Toutiao needs the model.
 */
export const rewriteTask: TaskDefinition = {
  task: 'rewrite',
  prompt: promptTemplates.rewrite,
  format: 'text',
  missingInput(input) {
    if (!input.text) return '改写需要原文（text）。'
    return input.platform ? null : '改写需要目标平台（platform：wechat、weibo 或 toutiao）。'
  },
  variables(input) {
    const platform = input.platform ?? DEFAULT_PLATFORM
    const limit = takesShortPosts(platform)
      ? stricterLimit({ platformLimit: WEIBO_STATUS_LIMIT, maxLength: input.maxLength })
      : input.maxLength
    return { platformNote: platformNotes[platform], outputFormat: rewriteOutputFormats[platform], limit }
  },
  parse({ raw, input }) {
    if (input.platform !== undefined && takesShortPosts(input.platform)) return weiboPostDraft({ raw, input })
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
    return input.platform !== undefined && takesShortPosts(input.platform) ? [offlineWeiboPost(input)] : null
  },
}
