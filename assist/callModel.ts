import type OpenAI from 'openai'
import type { ChatMessage } from './buildMessages'
import { chatCompletionChunkSchema, chatCompletionSchema, tokenCountOf } from './chatSchemas'
import type { TokenCount } from './chatSchemas'
import { ASSIST_TASK_HEADER } from './client'
import type { AssistTask } from './types'

export type ModelCall = { client: OpenAI; model: string; task: AssistTask; messages: ChatMessage[]; signal?: AbortSignal }
export type Completion = { text: string; finishReason: string | null; usage: TokenCount | null }

/** One chat completion, whole. Only model and messages are sent, which every compatible provider accepts. */
export async function requestCompletion(call: ModelCall): Promise<Completion> {
  const reply = await call.client.chat.completions.create(
    { model: call.model, messages: call.messages },
    { signal: call.signal, headers: { [ASSIST_TASK_HEADER]: call.task } },
  )
  const completion = chatCompletionSchema.parse(reply)
  const [choice] = completion.choices
  return { text: choice.message.content ?? '', finishReason: choice.finish_reason ?? null, usage: tokenCountOf(completion.usage) }
}

/**
 * One chat completion as server-sent events: yields each piece of text, returns the whole. Aborting the
 * signal closes the HTTP request; the SDK then ends the stream quietly, so an abort is rethrown here.
 */
export async function* streamCompletion(call: ModelCall): AsyncGenerator<string, Completion, undefined> {
  const stream = await call.client.chat.completions.create(
    { model: call.model, messages: call.messages, stream: true, stream_options: { include_usage: true } },
    { signal: call.signal, headers: { [ASSIST_TASK_HEADER]: call.task } },
  )
  let text = ''
  let finishReason: string | null = null
  let usage: TokenCount | null = null
  for await (const raw of stream) {
    const chunk = chatCompletionChunkSchema.parse(raw)
    usage = tokenCountOf(chunk.usage) ?? usage
    const [choice] = chunk.choices
    if (choice?.finish_reason) finishReason = choice.finish_reason
    const piece = choice?.delta?.content ?? ''
    if (!piece) continue
    text += piece
    yield piece
  }
  call.signal?.throwIfAborted()
  return { text, finishReason, usage }
}
