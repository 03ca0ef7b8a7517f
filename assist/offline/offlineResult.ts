import { finishSuggestion } from '../finishSuggestion'
import type { TaskDefinition } from '../tasks/taskDefinition'
import type { AssistInput, AssistIssue, AssistResult, ScanText } from '../types'

const HOW_TO_CONFIGURE =
  '要启用 AI，请管理员在服务器的 .env 里设置 OPENAI_API_KEY（模型服务的密钥）、OPENAI_BASE_URL（兼容 OpenAI 接口的服务地址，如 DeepSeek、通义千问、Kimi、豆包；用 OpenAI 官方服务可不填）和 AI_MODEL（模型名称），然后重启服务。'

export const NEEDS_MODEL_ISSUE: AssistIssue = {
  code: 'model-not-configured',
  severity: 'error',
  message: `还没有配置 AI 模型，这项功能需要模型才能用。离线时仍可使用：提取摘要、按字数截短（润色时填写字数上限）、按规则生成微博。${HOW_TO_CONFIGURE}`,
}

export const OFFLINE_NOTICE_ISSUE: AssistIssue = {
  code: 'model-not-configured',
  severity: 'warning',
  message: `还没有配置 AI 模型，当前是离线模式：这条建议由规则从原文中提取或截取，不是 AI 写的。${HOW_TO_CONFIGURE}`,
}

/** The answer without a model: the task's deterministic fallback, or no suggestions and a plain explanation. */
export function offlineResult(args: { definition: TaskDefinition; input: AssistInput; scan: ScanText }): AssistResult {
  const drafts = args.definition.offline?.(args.input) ?? null
  if (drafts === null) return { suggestions: [], issues: [NEEDS_MODEL_ISSUE], usage: null, offline: true }
  return {
    suggestions: drafts.map((draft) => finishSuggestion({ draft, scan: args.scan, styleGuide: args.input.styleGuide })),
    issues: [OFFLINE_NOTICE_ISSUE],
    usage: null,
    offline: true,
  }
}
