import { applyLengthLimit } from './lengthLimit'
import type { SuggestionDraft } from './tasks/taskDefinition'
import type { AssistIssue, AssistSuggestion, ScanText, StyleGuide } from './types'

function bannedPhraseIssues(args: { text: string; bannedPhrases: string[] }): AssistIssue[] {
  const haystack = args.text.toLowerCase()
  return args.bannedPhrases
    .filter((phrase) => phrase.trim() && haystack.includes(phrase.trim().toLowerCase()))
    .map((phrase) => ({
      code: 'banned-phrase',
      severity: 'error',
      message: `出现了风格指南禁用的说法「${phrase.trim()}」，请换一种说法。`,
    }))
}

/**
 * The checks every suggestion passes before it is shown: its hard limit (trimmed or flagged), the style
 * guide's banned phrasings, and the sensitive-word scan (findings point into the final text).
 */
export function finishSuggestion(args: {
  draft: SuggestionDraft
  scan: ScanText
  styleGuide?: StyleGuide
  extraIssues?: AssistIssue[]
}): AssistSuggestion {
  const { draft } = args
  const limited = draft.limit ? applyLengthLimit({ text: draft.text, limit: draft.limit }) : { text: draft.text, issues: [] }
  const issues = [
    ...(draft.issues ?? []),
    ...limited.issues,
    ...bannedPhraseIssues({ text: limited.text, bannedPhrases: args.styleGuide?.bannedPhrases ?? [] }),
    ...(args.extraIssues ?? []),
  ]
  return { text: limited.text, findings: args.scan(limited.text), issues, ...(draft.meta ? { meta: draft.meta } : {}) }
}
