import { promptTemplates } from '../../templates/prompts'
import { fitWeiboPost } from '../composeWeiboPost'
import { unwrapModelText } from '../modelText'
import { condenseWeibo } from '../offline/condenseWeibo'
import { WEIBO_STATUS_LIMIT, stricterLimit } from '../platformLimits'
import { WEIBO_LINK_PLACEHOLDER } from '../text/countLength'
import { stripMarkdown } from '../text/stripMarkdown'
import type { AssistInput, AssistIssue } from '../types'
import type { ParsedOutput, SuggestionDraft } from './taskDefinition'
import type { TaskDefinition } from './taskDefinition'

function weiboMax(input: AssistInput): number {
  return stricterLimit({ platformLimit: WEIBO_STATUS_LIMIT, maxLength: input.maxLength })
}

function weiboDraft(args: { text: string; hashtags: string[]; issues: AssistIssue[]; max: number; method?: string }): SuggestionDraft {
  const issues = [...args.issues]
  if (args.hashtags.length === 0) {
    issues.push({ code: 'no-hashtags', severity: 'warning', message: '这条微博没有 #话题#，可以手动加 1–2 个。' })
  }
  return {
    text: args.text,
    issues,
    meta: { hashtags: args.hashtags, linkPlaceholder: WEIBO_LINK_PLACEHOLDER, ...(args.method ? { method: args.method } : {}) },
    limit: { max: args.max, measure: 'weibo', label: '微博', overflow: 'flag' },
  }
}

/** A Weibo post as the model wrote it: plain text, one link placeholder, fitted to the limit with its hashtags kept. */
export function weiboPostDraft(args: { raw: string; input: AssistInput }): ParsedOutput {
  const text = stripMarkdown(unwrapModelText(args.raw)).trim()
  if (!text) return { ok: false, problem: '输出为空。' }
  const max = weiboMax(args.input)
  return { ok: true, drafts: [weiboDraft({ ...fitWeiboPost({ text, max }), max })] }
}

/** A Weibo post by rules: the article trimmed to the limit with its own #话题# (or its recurring title words). */
export function offlineWeiboPost(input: AssistInput): SuggestionDraft {
  const max = weiboMax(input)
  const post = condenseWeibo({ markdown: input.text ?? '', title: input.title, max, hashtags: input.hashtags })
  return weiboDraft({ ...post, max, method: 'rules' })
}

/** A Weibo post within 140 (Weibo's count) with #hashtags# and a link placeholder; offline by rules. */
export const weiboTask: TaskDefinition = {
  task: 'weibo',
  prompt: promptTemplates.weibo,
  format: 'text',
  missingInput: (input) => (input.text || input.title ? null : '写微博需要正文（text）或标题（title）。'),
  variables: (input) => ({ limit: weiboMax(input), linkPlaceholder: WEIBO_LINK_PLACEHOLDER }),
  parse: weiboPostDraft,
  offline: (input) => [offlineWeiboPost(input)],
}
