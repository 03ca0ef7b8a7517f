import type OpenAI from 'openai'
import { AssistError } from './assistError'
import { buildMessages, buildRepairMessages } from './buildMessages'
import { requestCompletion, streamCompletion } from './callModel'
import type { Completion } from './callModel'
import { addTokenCounts } from './chatSchemas'
import type { TokenCount } from './chatSchemas'
import type { SuggestionDraft, TaskDefinition } from './tasks/taskDefinition'
import type { AssistInput, AssistIssue } from './types'

export type GeneratedDrafts = { drafts: SuggestionDraft[]; usage: TokenCount | null; issues: AssistIssue[] }

const TRUNCATED: Record<string, AssistIssue> = {
  length: { code: 'output-truncated', severity: 'warning', message: 'AI 的输出达到长度上限被截断了，结尾可能不完整，请检查。' },
  content_filter: { code: 'output-filtered', severity: 'warning', message: 'AI 服务的内容审核截断了输出，内容可能不完整，请检查。' },
}

/**
 * Asks the model (streaming when `stream`: yields the text as it arrives) and reads the answer with the
 * task's parser. An answer that breaks the task's schema is sent back once with what was wrong; if the
 * second answer breaks it too, nothing is suggested and an AssistError says why.
 */
export async function* generateDrafts(args: {
  definition: TaskDefinition
  input: AssistInput
  client: OpenAI
  model: string
  stream: boolean
  signal?: AbortSignal
}): AsyncGenerator<string, GeneratedDrafts, undefined> {
  const { definition, input } = args
  const call = { client: args.client, model: args.model, task: definition.task, signal: args.signal }
  const messages = buildMessages({ definition, input })
  const first: Completion = args.stream ? yield* streamCompletion({ ...call, messages }) : await requestCompletion({ ...call, messages })
  let completion = first
  let parsed = definition.parse({ raw: first.text, input })
  let usage = first.usage
  if (!parsed.ok) {
    const repairMessages = buildRepairMessages({ messages, answer: first.text, problem: parsed.problem, format: definition.format })
    completion = await requestCompletion({ ...call, messages: repairMessages })
    usage = addTokenCounts(usage, completion.usage)
    parsed = definition.parse({ raw: completion.text, input })
  }
  if (!parsed.ok) {
    throw new AssistError({
      code: 'model-output-invalid',
      message: `AI 返回的内容不符合要求（${parsed.problem}），已让它重试一次仍不符合，所以没有给出建议。请再试一次，或换一个模型。`,
    })
  }
  const truncated = completion.finishReason ? TRUNCATED[completion.finishReason] : undefined
  return { drafts: parsed.drafts, usage, issues: truncated ? [truncated] : [] }
}
