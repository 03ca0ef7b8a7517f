import type { ServerResponse } from 'node:http'
import { SSE_DONE, chunkBody, completionBody, sseEvent } from './protocol'
import type { Usage } from './protocol'
import type { RecordedChatRequest } from './recorder'
import type { ScriptedReply } from './script'

export type Delivery = {
  response: ServerResponse
  record: RecordedChatRequest
  changed: () => void
  model: string
  usage: Usage
  reply: ScriptedReply
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)))

function pieces(args: { content: string; size: number }): string[] {
  const characters = [...args.content]
  const out: string[] = []
  for (let i = 0; i < characters.length; i += args.size) out.push(characters.slice(i, i + args.size).join(''))
  return out
}

export function sendJson(args: { response: ServerResponse; status: number; body: unknown; headers?: Record<string, string> }): void {
  args.response.writeHead(args.status, { 'content-type': 'application/json', ...args.headers }).end(JSON.stringify(args.body))
}

export function sendCompletion(delivery: Delivery): void {
  const { record, reply } = delivery
  sendJson({
    response: delivery.response,
    status: 200,
    body: completionBody({
      id: `chatcmpl-fake-${record.seq}`,
      model: delivery.model,
      content: reply.content,
      finishReason: reply.finishReason,
      usage: delivery.usage,
    }),
  })
  record.status = 200
  record.outcome = 'completed'
  delivery.changed()
}

/** Streams the reply as SSE chunks, pausing `chunkDelayMs` before each; stops writing as soon as the client has gone. */
export async function sendStream(delivery: Delivery & { includeUsage: boolean }): Promise<void> {
  const { response, record, reply } = delivery
  const id = `chatcmpl-fake-${record.seq}`
  const usageField = delivery.includeUsage ? null : undefined
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' })
  record.status = 200
  const events = [
    chunkBody({ id, model: delivery.model, delta: { role: 'assistant', content: '' }, finishReason: null, usage: usageField }),
    ...pieces({ content: reply.content, size: reply.chunkSize }).map((content) =>
      chunkBody({ id, model: delivery.model, delta: { content }, finishReason: null, usage: usageField }),
    ),
    chunkBody({ id, model: delivery.model, delta: {}, finishReason: reply.finishReason, usage: usageField }),
    ...(delivery.includeUsage ? [chunkBody({ id, model: delivery.model, delta: null, finishReason: null, usage: delivery.usage })] : []),
  ]
  for (const event of events) {
    await sleep(reply.chunkDelayMs)
    if (record.outcome === 'disconnected' || response.destroyed) return
    response.write(sseEvent(event))
    record.chunksSent += 1
    delivery.changed()
  }
  response.end(SSE_DONE)
  record.outcome = 'completed'
  delivery.changed()
}
