import type { IncomingMessage, ServerResponse } from 'node:http'
import { parseJsonBody } from '../shared/requestBody'
import { defaultReply } from './defaultReplies'
import { chatRequestSchema, errorBody, textOf } from './protocol'
import type { ChatRequest, Usage } from './protocol'
import type { Recorder } from './recorder'
import { sendCompletion, sendJson, sendStream } from './respond'
import type { Script, ScriptedReply } from './script'

/** What the chat route needs of the running fake. */
export type ChatState = { recorder: Recorder; script: Script; options: { apiKey?: string; models?: string[] } }

export function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => resolve(Buffer.concat(chunks)))
    incoming.on('error', reject)
  })
}

function flatHeaders(incoming: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(incoming.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
  )
}

function usageFor(args: { request: ChatRequest; reply: ScriptedReply }): Usage {
  const promptTokens =
    args.reply.usage?.promptTokens ??
    Math.ceil(args.request.messages.reduce((sum, message) => sum + [...textOf(message.content)].length, 0) / 2)
  const completionTokens = args.reply.usage?.completionTokens ?? [...args.reply.content].length
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens }
}

/**
 * POST /v1/chat/completions: records the request, then checks in this order: the bearer key (401), an
 * injected fault (a status with retry-after, a delay, a broken body), the request shape (400), the model
 * (404); then answers the scripted or default reply, whole or streamed.
 */
export async function handleChat(args: {
  incoming: IncomingMessage
  response: ServerResponse
  path: string
  state: ChatState
}): Promise<void> {
  const { incoming, response, path } = args
  const { recorder, script, options } = args.state
  const headers = flatHeaders(incoming)
  const parsedJson = parseJsonBody(await readBody(incoming))
  const body = parsedJson.ok ? parsedJson.value : null
  const request = chatRequestSchema.safeParse(body)
  const record = recorder.add({
    receivedAt: Date.now(),
    path,
    model: request.success ? request.data.model : null,
    messages: request.success ? request.data.messages.map((message) => ({ role: message.role, content: textOf(message.content) })) : [],
    stream: request.success && request.data.stream === true,
    includeUsage: request.success && request.data.stream_options?.include_usage === true,
    task: headers['x-assist-task'] ?? null,
    authorization: headers.authorization ?? null,
    headers,
    body,
  })
  response.on('close', () => {
    if (response.writableFinished || record.outcome !== 'in-flight') return
    record.outcome = 'disconnected'
    record.disconnectedAt = Date.now()
    recorder.changed()
  })
  const fail = (error: { status: number; message?: string; type?: string; code?: string | null; retryAfter?: string }): void => {
    sendJson({
      response,
      status: error.status,
      body: errorBody(error),
      headers: error.retryAfter ? { 'retry-after': error.retryAfter } : undefined,
    })
    record.status = error.status
    record.outcome = 'error'
    recorder.changed()
  }

  const bearer = /^Bearer\s+(\S+)$/.exec(headers.authorization ?? '')?.[1]
  if (!bearer) {
    return fail({
      status: 401,
      message: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.",
    })
  }
  if (options.apiKey !== undefined && bearer !== options.apiKey) return fail({ status: 401 })
  const fault = script.takeFault()
  if (fault?.kind === 'status') return fail(fault)
  if (fault?.kind === 'delay') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, fault.ms)
      response.once('close', () => {
        clearTimeout(timer)
        resolve()
      })
    })
  }
  if (record.outcome === 'disconnected') return
  if (fault?.kind === 'malformed-body') {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "chatcmpl-broken", "choices": [{"mess')
    record.status = 200
    record.outcome = 'completed'
    return recorder.changed()
  }
  if (!request.success) {
    const problems = request.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    return fail({ status: 400, message: `Invalid request: ${problems}` })
  }
  if (options.models !== undefined && !options.models.includes(request.data.model)) {
    return fail({ status: 404, message: `The model \`${request.data.model}\` does not exist or you do not have access to it.` })
  }
  const allText = record.messages.map((message) => message.content).join('\n')
  const userText = record.messages
    .filter((message) => message.role === 'user')
    .map((message) => message.content)
    .join('\n')
  const reply = script.takeReply({ task: record.task, text: allText }) ?? defaultReply({ task: record.task, userText })
  const delivery = {
    response,
    record,
    changed: recorder.changed,
    model: request.data.model,
    usage: usageFor({ request: request.data, reply }),
    reply,
  }
  if (record.stream) await sendStream({ ...delivery, includeUsage: record.includeUsage })
  else sendCompletion(delivery)
}
