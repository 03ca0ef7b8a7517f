import { digestPrompt } from './digest'
import { draftPrompt } from './draft'
import { polishPrompt } from './polish'
import { posterPrompt } from './poster'
import { rewritePrompt } from './rewrite'
import { titlesPrompt } from './titles'
import { weiboPrompt } from './weibo'

export { brandVoiceParts, platformNotes } from './brandVoice'
export { complianceReviewPrompt } from './complianceReview'
export { formatReminders, repairPromptParts } from './repair'
export { rewriteOutputFormats } from './rewrite'
export type { PromptTemplate } from './types'

/** The assist tasks' prompts, by task. */
export const promptTemplates = {
  draft: draftPrompt,
  titles: titlesPrompt,
  digest: digestPrompt,
  weibo: weiboPrompt,
  rewrite: rewritePrompt,
  polish: polishPrompt,
  poster: posterPrompt,
} as const
