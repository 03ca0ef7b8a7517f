import { platformNotes, promptTemplates } from '../../templates/prompts'
import { unwrapModelText } from '../modelText'
import { DEFAULT_PLATFORM, PLATFORM_LIMITS } from '../platformLimits'
import type { AssistInput } from '../types'
import type { ParsedOutput, SuggestionDraft, TaskDefinition } from './taskDefinition'

const firstHeading = /^#\s+(.+)$/m

/** A Markdown article as the model wrote it, checked against the platform's body limit. */
export function articleDraft(args: { raw: string; input: AssistInput }): ParsedOutput {
  const text = unwrapModelText(args.raw)
  if (!text) return { ok: false, problem: '输出为空。' }
  const platform = PLATFORM_LIMITS[args.input.platform ?? DEFAULT_PLATFORM]
  const draft: SuggestionDraft = { text, meta: { format: 'markdown', title: firstHeading.exec(text)?.[1]?.trim() ?? null } }
  if (platform.body !== null) draft.limit = { max: platform.body, measure: 'characters', label: `${platform.label}正文`, overflow: 'flag' }
  return { ok: true, drafts: [draft] }
}

/** An article from a campaign brief and an instruction (audience, tone, length). Needs a model. */
export const draftTask: TaskDefinition = {
  task: 'draft',
  prompt: promptTemplates.draft,
  format: 'text',
  missingInput: (input) => (input.brief || input.instruction ? null : '写初稿需要活动简报（brief）或写作要求（instruction）。'),
  variables: (input) => ({ platformNote: platformNotes[input.platform ?? DEFAULT_PLATFORM], targetLength: input.maxLength }),
  parse: articleDraft,
}
