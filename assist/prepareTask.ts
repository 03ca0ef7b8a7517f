import type OpenAI from 'openai'
import { AssistError } from './assistError'
import { assistConfigSchema, assistInputSchema, assistTaskSchema } from './assistSchemas'
import { createAssistClient, modelForTask } from './client'
import { assistTasks } from './tasks'
import type { TaskDefinition } from './tasks/taskDefinition'
import type { AssistInput, AssistTaskArgs } from './types'

export type PreparedTask = {
  definition: TaskDefinition
  input: AssistInput
  /** null when no API key is configured: the offline fallback answers. */
  model: { client: OpenAI; name: string } | null
}

/** Checks task, input and config at the boundary; invalid input is an AssistError the endpoint answers with 400. */
export async function prepareTask(args: AssistTaskArgs): Promise<PreparedTask> {
  const task = assistTaskSchema.safeParse(args.task)
  if (!task.success) throw new AssistError({ code: 'invalid-input', message: `未知的任务「${String(args.task)}」。` })
  const input = assistInputSchema.safeParse(args.input)
  if (!input.success) {
    const details = input.error.issues.map((issue) => `${issue.path.join('.') || '输入'}：${issue.message}`).join('；')
    throw new AssistError({ code: 'invalid-input', message: `输入不符合要求（${details}）。` })
  }
  const definition = assistTasks[task.data]
  const missing = definition.missingInput(input.data)
  if (missing) throw new AssistError({ code: 'invalid-input', message: missing })
  const parsedConfig = assistConfigSchema.safeParse(args.config)
  if (!parsedConfig.success) throw new Error(`assist config is invalid (a wiring bug, not user input): ${parsedConfig.error.message}`)
  const config = parsedConfig.data
  const apiKey = config.apiKey
  return {
    definition,
    input: input.data,
    model: apiKey ? { client: await createAssistClient({ ...config, apiKey }), name: modelForTask({ config, task: task.data }) } : null,
  }
}
