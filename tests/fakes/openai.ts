import http from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import { handleChat, readBody } from './openai/handleChat'
import { errorBody } from './openai/protocol'
import { createRecorder } from './openai/recorder'
import type { RecordedChatRequest } from './openai/recorder'
import { sendJson } from './openai/respond'
import { createScript, faultSchema, replyRuleSchema } from './openai/script'
import type { FaultInput, ReplyRuleInput } from './openai/script'
import { parseJsonBody } from './shared/requestBody'

export type { RecordedChatRequest } from './openai/recorder'
export type { FaultInput, ReplyRuleInput } from './openai/script'

export type OpenAiFakeOptions = {
  port?: number
  host?: string
  /** When set, only `Authorization: Bearer <apiKey>` is accepted; otherwise any bearer token is. */
  apiKey?: string
  /** When set, other model names get OpenAI's 404 `model_not_found`. */
  models?: string[]
}

export type OpenAiFake = {
  /** The SDK's `baseURL` (ends in /v1). */
  baseUrl: string
  port: number
  requests(): RecordedChatRequest[]
  /** Scripts replies; unscripted requests get a plausible default for their task. */
  reply(rule: ReplyRuleInput | ReplyRuleInput[]): void
  fail(fault: FaultInput | FaultInput[]): void
  /** Resolves once `until` holds for the recorded requests (e.g. one was disconnected). */
  waitFor(args: { until: (requests: RecordedChatRequest[]) => boolean; timeoutMs?: number }): Promise<RecordedChatRequest[]>
  reset(): void
  close(): Promise<void>
}

/**
 * A local OpenAI-compatible chat-completions server (POST /v1/chat/completions, JSON and SSE streaming,
 * `stream_options.include_usage`, OpenAI's error envelope) that records every request, answers scripted
 * or default replies, injects faults, and notices when a client hangs up mid-answer. Test API over HTTP too:
 * GET /__requests, POST /__replies, POST /__faults, POST /__reset.
 */
export async function startOpenAiFake(options: OpenAiFakeOptions = {}): Promise<OpenAiFake> {
  const recorder = createRecorder()
  const script = createScript()

  async function control(incoming: IncomingMessage, response: ServerResponse, key: string): Promise<void> {
    const parsed = parseJsonBody(await readBody(incoming))
    const input = parsed.ok ? parsed.value : {}
    const list = Array.isArray(input) ? input : [input]
    if (key === 'GET /__requests') return sendJson({ response, status: 200, body: { requests: recorder.all() } })
    if (key === 'POST /__replies') {
      script.addReplies(z.array(replyRuleSchema).parse(list))
      return sendJson({ response, status: 200, body: { ok: true } })
    }
    if (key === 'POST /__faults') {
      script.addFaults(z.array(faultSchema).parse(list))
      return sendJson({ response, status: 200, body: { ok: true } })
    }
    if (key === 'POST /__reset') {
      script.reset()
      recorder.clear()
      return sendJson({ response, status: 200, body: { ok: true } })
    }
    sendJson({ response, status: 404, body: { error: `unknown test API ${key}` } })
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(incoming.url ?? '/', 'http://fake.local').pathname
    const key = `${incoming.method ?? 'GET'} ${path}`
    if (path.startsWith('/__')) return control(incoming, response, key)
    if (key === 'POST /v1/chat/completions') return handleChat({ incoming, response, path, state: { recorder, script, options } })
    if (key === 'GET /v1/models') {
      const models = options.models ?? ['fake-model']
      return sendJson({
        response,
        status: 200,
        body: { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })) },
      })
    }
    sendJson({ response, status: 404, body: errorBody({ status: 404, message: `Invalid URL (${key})`, code: null }) })
  }

  const server = http.createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      if (!response.headersSent)
        sendJson({ response, status: 500, body: errorBody({ status: 500, message: `fake crashed: ${String(error)}` }) })
      else response.destroy()
    })
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://${host}:${port}/v1`,
    port,
    requests: () => recorder.all(),
    reply: (rule) => script.addReplies(z.array(replyRuleSchema).parse(Array.isArray(rule) ? rule : [rule])),
    fail: (fault) => script.addFaults(z.array(faultSchema).parse(Array.isArray(fault) ? fault : [fault])),
    waitFor: (args) => recorder.waitFor(args),
    reset() {
      script.reset()
      recorder.clear()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
