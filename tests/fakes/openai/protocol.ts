import { z } from 'zod'

/**
 * The part of the chat-completions protocol the fake speaks (POST /v1/chat/completions): the request it
 * accepts, the JSON and server-sent-event bodies it answers, and OpenAI's error envelope.
 */
const contentPartSchema = z.object({ type: z.string(), text: z.string().optional() }).passthrough()

export const chatRequestSchema = z
  .object({
    model: z.string().min(1),
    messages: z
      .array(
        z
          .object({
            role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
            content: z.union([z.string(), z.array(contentPartSchema), z.null()]),
          })
          .passthrough(),
      )
      .min(1),
    stream: z.boolean().nullish(),
    stream_options: z.object({ include_usage: z.boolean().optional() }).passthrough().nullish(),
  })
  .passthrough()
export type ChatRequest = z.infer<typeof chatRequestSchema>

export type FinishReason = 'stop' | 'length' | 'content_filter'
export type Usage = { prompt_tokens: number; completion_tokens: number; total_tokens: number }

export function textOf(content: ChatRequest['messages'][number]['content']): string {
  if (content === null) return ''
  if (typeof content === 'string') return content
  return content.map((part) => part.text ?? '').join('')
}

export function completionBody(args: { id: string; model: string; content: string; finishReason: FinishReason; usage: Usage }): unknown {
  return {
    id: args.id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: args.model,
    choices: [
      { index: 0, message: { role: 'assistant', content: args.content, refusal: null }, logprobs: null, finish_reason: args.finishReason },
    ],
    usage: args.usage,
    system_fingerprint: null,
  }
}

/** One `chat.completion.chunk`. With `include_usage`, every chunk carries `usage: null` but the last, which has no choices. */
export function chunkBody(args: {
  id: string
  model: string
  delta: { role?: 'assistant'; content?: string } | null
  finishReason: FinishReason | null
  usage?: Usage | null
}): unknown {
  return {
    id: args.id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: args.model,
    choices: args.delta === null ? [] : [{ index: 0, delta: args.delta, logprobs: null, finish_reason: args.finishReason }],
    ...(args.usage === undefined ? {} : { usage: args.usage }),
    system_fingerprint: null,
  }
}

export function sseEvent(data: unknown): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`
}

export const SSE_DONE = 'data: [DONE]\n\n'

const DEFAULT_ERRORS: Record<number, { message: string; type: string; code: string | null }> = {
  400: { message: 'Invalid request.', type: 'invalid_request_error', code: null },
  401: {
    message: 'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
    type: 'invalid_request_error',
    code: 'invalid_api_key',
  },
  404: { message: 'The model does not exist or you do not have access to it.', type: 'invalid_request_error', code: 'model_not_found' },
  429: { message: 'Rate limit reached for requests. Please try again later.', type: 'requests', code: 'rate_limit_exceeded' },
  500: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', code: null },
  503: { message: 'The engine is currently overloaded, please try again later.', type: 'server_error', code: null },
}

/** OpenAI's error envelope: `{ error: { message, type, param, code } }`. */
export function errorBody(args: { status: number; message?: string; type?: string; code?: string | null }): unknown {
  const fallback = DEFAULT_ERRORS[args.status] ?? {
    message: `HTTP ${args.status}`,
    type: args.status >= 500 ? 'server_error' : 'invalid_request_error',
    code: null,
  }
  return {
    error: {
      message: args.message ?? fallback.message,
      type: args.type ?? fallback.type,
      param: null,
      code: args.code === undefined ? fallback.code : args.code,
    },
  }
}
