import type { IncomingHttpHeaders } from 'node:http'
import { OutcomeUnknownError, TransientError } from '../errors'
import type { Logger } from '../logger'
import { redactUrl } from '../redact'
import { encodeMultipart } from './multipart'
import type { MultipartPart } from './multipart'
import { sendOverHttp, TransportError } from './transport'

/**
 * What a request does on the platform, which decides what a lost reply means:
 * `read` and `upload` (an orphan upload is harmless) are retried; a lost `commit` is "outcome unknown".
 */
export type HttpEffect = 'read' | 'upload' | 'commit'

export type HttpBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; fields: Record<string, string> }
  | { kind: 'multipart'; parts: readonly MultipartPart[] }

export type HttpRequest = {
  /** Short name for logs and errors, e.g. `wechat draft/add`. */
  label: string
  method: 'GET' | 'POST'
  url: string
  query?: Record<string, string | undefined>
  headers?: Record<string, string>
  body?: HttpBody
  effect: HttpEffect
  signal?: AbortSignal
  logger: Logger
}

export type HttpReply = { status: number; headers: IncomingHttpHeaders; body: Buffer }

export type HttpClient = { send(request: HttpRequest): Promise<HttpReply> }

const MAX_REPLY_BYTES = 8 * 1024 * 1024

function encodeBody(body: HttpBody | undefined): { bytes?: Buffer; contentType?: string } {
  if (body === undefined) return {}
  switch (body.kind) {
    case 'json':
      return { bytes: Buffer.from(JSON.stringify(body.value), 'utf8'), contentType: 'application/json; charset=utf-8' }
    case 'form':
      return {
        bytes: Buffer.from(new URLSearchParams(body.fields).toString(), 'utf8'),
        contentType: 'application/x-www-form-urlencoded; charset=utf-8',
      }
    case 'multipart': {
      const encoded = encodeMultipart(body.parts)
      return { bytes: encoded.body, contentType: encoded.contentType }
    }
  }
}

function buildUrl(request: HttpRequest): URL {
  const url = new URL(request.url)
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, value)
  }
  return url
}

/** The one client every platform call goes through: timeouts, AbortSignal, redacted structured logs. */
export function createHttpClient(args: { timeoutMs?: number } = {}): HttpClient {
  const timeoutMs = args.timeoutMs ?? 30_000
  return {
    async send(request) {
      const url = buildUrl(request)
      const { bytes, contentType } = encodeBody(request.body)
      const headers: Record<string, string> = { accept: 'application/json', ...request.headers }
      if (contentType !== undefined) headers['content-type'] = contentType
      if (bytes !== undefined) headers['content-length'] = String(bytes.length)
      const started = Date.now()
      const logFields = { label: request.label, method: request.method, url: redactUrl(url), effect: request.effect }
      try {
        const reply = await sendOverHttp({
          url,
          method: request.method,
          headers,
          body: bytes,
          timeoutMs,
          signal: request.signal,
          maxResponseBytes: MAX_REPLY_BYTES,
        })
        request.logger.info(
          {
            ...logFields,
            status: reply.status,
            ms: Date.now() - started,
            bytesOut: bytes?.length ?? 0,
            bytesIn: reply.body.length,
          },
          'platform http call',
        )
        return reply
      } catch (error) {
        if (!(error instanceof TransportError)) throw error
        request.logger.warn(
          { ...logFields, failure: error.failure, maybeSent: error.requestMaybeSent, ms: Date.now() - started },
          'platform http call failed',
        )
        if (request.effect === 'commit' && error.requestMaybeSent) {
          throw new OutcomeUnknownError({
            message: `${request.label}：请求已发出但没有收到完整答复（${error.failure}），平台可能已经接收，不会自动重试，请核对`,
            step: request.label,
            cause: error,
          })
        }
        if (error.failure === 'aborted' && request.signal?.aborted) throw request.signal.reason
        throw new TransientError({ message: `${request.label}：网络错误（${error.failure}），可以重试`, cause: error })
      }
    },
  }
}
