/** The AI assist: the only code that imports openai. Payload-independent; the endpoint passes config and scan in. */
export { runAssistTask } from './runAssistTask'
export { streamAssistTask } from './streamAssistTask'
export { AssistError } from './assistError'
export type { AssistErrorCode } from './assistError'
export { assistConfigSchema, assistInputSchema, assistTaskSchema, pastTitleTestSchema, styleGuideSchema } from './assistSchemas'
export { fitToLength } from './text/fitToLength'
export type { FitCut } from './text/fitToLength'
export { countCharacters, weiboLength, WEIBO_LINK_PLACEHOLDER } from './text/countLength'
export { extractDigest } from './offline/extractDigest'
export { condenseWeibo } from './offline/condenseWeibo'
export { stripMarkdown } from './text/stripMarkdown'
export { PLATFORM_LIMITS, WECHAT_DIGEST_LIMIT, WEIBO_STATUS_LIMIT } from './platformLimits'
export { ASSIST_TASKS, STREAMING_TASKS } from './types'
export type {
  AssistConfig,
  AssistInput,
  AssistIssue,
  AssistPlatform,
  AssistResult,
  AssistStreamEvent,
  AssistSuggestion,
  AssistTask,
  AssistTaskArgs,
  AssistUsage,
  Finding,
  PastTitleTest,
  ScanText,
  StyleGuide,
} from './types'
export { reviewCompliance, COMPLIANCE_REVIEW_TASK, OFFLINE_NOTE, REVIEW_KIND_LABELS } from './complianceReview'
export type { ComplianceReview, QuoteLocation, ReviewedPart, ReviewPoint } from './complianceReview'
