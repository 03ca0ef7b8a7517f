import { finishSuggestion } from '../finishSuggestion'
import { ASSIST_TASK_LABELS } from '../taskLabels'
import type { TaskDefinition } from '../tasks/taskDefinition'
import type { AssistInput, AssistIssue, AssistResult, AssistTask, ScanText } from '../types'

/** The mark every suggestion made without the model carries, in its issues and as `meta.offline`. */
export const OFFLINE_LABEL = '离线建议'

/**
 * Said to a copywriter when a task needs the model and none is set up: one sentence, who can help, no
 * server settings (the admin finds those in the startup log and the README).
 */
export function needsModelIssue(task: AssistTask): AssistIssue {
  return {
    code: 'model-not-configured',
    severity: 'error',
    message: `「${ASSIST_TASK_LABELS[task]}」需要 AI 服务，目前还没有开通，请联系管理员开通。`,
  }
}

export const OFFLINE_NOTICE_ISSUE: AssistIssue = {
  code: 'model-not-configured',
  severity: 'warning',
  message: `${OFFLINE_LABEL}：AI 服务还没有开通，以下内容是按规则从原文整理的，不是 AI 写的，用之前请读一遍。`,
}

const NOTHING_TO_EXTRACT_ISSUE: AssistIssue = {
  code: 'nothing-to-extract',
  severity: 'warning',
  message: `${OFFLINE_LABEL}：原文里还没有能整理的句子，写几段正文后再试。`,
}

/** The answer without a model: the task's rule-based fallback, each suggestion marked 离线建议; or one sentence saying it needs the AI service. */
export function offlineResult(args: { definition: TaskDefinition; input: AssistInput; scan: ScanText }): AssistResult {
  const drafts = args.definition.offline?.(args.input) ?? null
  if (drafts === null) return { suggestions: [], issues: [needsModelIssue(args.definition.task)], usage: null, offline: true }
  if (drafts.length === 0) return { suggestions: [], issues: [NOTHING_TO_EXTRACT_ISSUE], usage: null, offline: true }
  return {
    suggestions: drafts.map((draft) =>
      finishSuggestion({
        draft: { ...draft, meta: { ...draft.meta, offline: true } },
        scan: args.scan,
        styleGuide: args.input.styleGuide,
      }),
    ),
    issues: [OFFLINE_NOTICE_ISSUE],
    usage: null,
    offline: true,
  }
}
