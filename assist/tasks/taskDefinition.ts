import type { PromptTemplate } from '../../templates/prompts'
import type { LengthLimit } from '../lengthLimit'
import type { PromptValues } from '../renderPrompt'
import type { AssistInput, AssistIssue, AssistTask } from '../types'

/** A suggestion before the shared checks: its hard limit (if any) is applied, then banned phrases and the scan. */
export type SuggestionDraft = {
  text: string
  meta?: Record<string, unknown>
  issues?: AssistIssue[]
  limit?: LengthLimit
}

/** The model's answer read against the task's schema; `problem` (Chinese) is fed back to the model once. */
export type ParsedOutput = { ok: true; drafts: SuggestionDraft[] } | { ok: false; problem: string }

export type TaskDefinition = {
  task: AssistTask
  prompt: PromptTemplate
  /** Plain text can stream; JSON is parsed whole. */
  format: 'text' | 'json'
  /** Why the input cannot be used for this task (Chinese), or null. */
  missingInput(input: AssistInput): string | null
  /** Values for the task's own placeholders (the shared ones are filled by buildMessages). */
  variables(input: AssistInput): PromptValues
  parse(args: { raw: string; input: AssistInput }): ParsedOutput
  /** The deterministic fallback without a model; absent (or null for this input) when the task needs a model. */
  offline?(input: AssistInput): SuggestionDraft[] | null
}
