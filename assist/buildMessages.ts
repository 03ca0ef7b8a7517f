import { formatReminders, repairPromptParts } from '../templates/prompts'
import { DEFAULT_PLATFORM, PLATFORM_LIMITS } from './platformLimits'
import { renderPrompt } from './renderPrompt'
import type { TaskDefinition } from './tasks/taskDefinition'
import type { AssistInput } from './types'

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string }

/** The system prompt (brand voice, rules, output format) and the user prompt (the material) of a task. */
export function buildMessages(args: { definition: TaskDefinition; input: AssistInput }): ChatMessage[] {
  const { input, definition } = args
  const values = {
    platformLabel: PLATFORM_LIMITS[input.platform ?? DEFAULT_PLATFORM].label,
    do: input.styleGuide?.do,
    dont: input.styleGuide?.dont,
    bannedPhrases: input.styleGuide?.bannedPhrases,
    instruction: input.instruction,
    brief: input.brief,
    title: input.title,
    text: input.text,
    ...definition.variables(input),
  }
  return [
    { role: 'system', content: renderPrompt({ parts: definition.prompt.system, values }) },
    { role: 'user', content: renderPrompt({ parts: definition.prompt.user, values }) },
  ]
}

/** The conversation once more, with the model's broken answer and what was wrong with it. */
export function buildRepairMessages(args: {
  messages: ChatMessage[]
  answer: string
  problem: string
  format: TaskDefinition['format']
}): ChatMessage[] {
  const repair = renderPrompt({ parts: repairPromptParts, values: { problem: args.problem, formatReminder: formatReminders[args.format] } })
  return [...args.messages, { role: 'assistant', content: args.answer }, { role: 'user', content: repair }]
}
