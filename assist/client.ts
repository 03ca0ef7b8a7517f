import type OpenAI from 'openai'
import type { AssistConfig, AssistTask } from './types'

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1'
export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_MAX_RETRIES = 2
/** Names the task on every request, so logs, gateways and the local fake can tell tasks apart. */
export const ASSIST_TASK_HEADER = 'x-assist-task'

/**
 * The OpenAI SDK client for any OpenAI-compatible service (OpenAI, DeepSeek, Qwen, Moonshot, Doubao).
 * The SDK retries 408/409/429/5xx and connection errors `maxRetries` times with exponential backoff
 * (0.5 s doubling to 8 s, jittered), waiting what `retry-after` / `retry-after-ms` ask when under a minute;
 * `timeoutMs` bounds each attempt until the response headers arrive. Every option is passed explicitly so
 * the SDK never falls back to reading process.env (OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_LOG …).
 * The SDK (a hundred modules) loads with the first model call, not in every process that boots the config.
 */
export async function createAssistClient(config: AssistConfig & { apiKey: string }): Promise<OpenAI> {
  const { default: OpenAI } = await import('openai')
  return new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL ?? DEFAULT_BASE_URL,
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: config.maxRetries ?? DEFAULT_MAX_RETRIES,
    logLevel: 'off',
  })
}

/** The task's own model when one is configured, else the default model. */
export function modelForTask(args: { config: AssistConfig; task: AssistTask }): string {
  return args.config.taskModels?.[args.task] ?? args.config.model
}
