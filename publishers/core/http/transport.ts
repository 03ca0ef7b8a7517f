import http from 'node:http'
import https from 'node:https'
import type { LookupFunction, Socket } from 'node:net'

export type TransportRequest = {
  url: URL
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: Uint8Array
  timeoutMs: number
  signal?: AbortSignal
  /** Resolves host names; the SSRF guard checks every resolved address here, at connect time. */
  lookup?: LookupFunction
  /** Checked again on the connected socket's peer address; false destroys the socket. */
  acceptPeerAddress?: (address: string) => boolean
  maxResponseBytes?: number
}

export type TransportResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

export type TransportFailure = 'timeout' | 'aborted' | 'network' | 'too-large' | 'blocked'

export class TransportError extends Error {
  readonly failure: TransportFailure
  /** True once a connection existed: the server may have received (and acted on) the request. */
  readonly requestMaybeSent: boolean
  constructor(args: { failure: TransportFailure; requestMaybeSent: boolean; message: string; cause?: unknown }) {
    super(args.message, args.cause === undefined ? undefined : { cause: args.cause })
    this.name = 'TransportError'
    this.failure = args.failure
    this.requestMaybeSent = args.requestMaybeSent
  }
}

/**
 * One HTTP exchange over node:http(s) on a fresh connection (no keep-alive pool: a stale pooled socket
 * would turn a harmless reset into an "outcome unknown" on a committing call).
 */
export function sendOverHttp(request: TransportRequest): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) {
      reject(new TransportError({ failure: 'aborted', requestMaybeSent: false, message: 'aborted before sending' }))
      return
    }
    let connected = false
    let settled = false
    const transport = request.url.protocol === 'https:' ? https : http
    const outgoing = transport.request(request.url, {
      method: request.method,
      headers: request.headers,
      agent: false,
      lookup: request.lookup,
    })

    const fail = (failure: TransportFailure, message: string, cause?: unknown): void => {
      if (settled) return
      settled = true
      cleanup()
      const error = cause instanceof TransportError ? cause : new TransportError({ failure, requestMaybeSent: connected, message, cause })
      outgoing.destroy()
      reject(error)
    }
    const onAbort = (): void => fail('aborted', 'aborted by caller')
    const timer = setTimeout(() => fail('timeout', `no complete reply within ${request.timeoutMs} ms`), request.timeoutMs)
    const cleanup = (): void => {
      clearTimeout(timer)
      request.signal?.removeEventListener('abort', onAbort)
    }
    request.signal?.addEventListener('abort', onAbort, { once: true })

    const onConnected = (socket: Socket): void => {
      connected = true
      const peer = socket.remoteAddress ?? ''
      if (request.acceptPeerAddress && !request.acceptPeerAddress(peer)) {
        fail('blocked', `peer address ${peer} refused`)
      }
    }
    outgoing.on('socket', (socket: Socket) => {
      if (socket.connecting) socket.once('connect', () => onConnected(socket))
      else onConnected(socket)
    })
    outgoing.on('error', (error) => fail('network', error.message, error))
    outgoing.on('response', (incoming) => {
      const limit = request.maxResponseBytes
      const declared = Number(incoming.headers['content-length'])
      if (limit !== undefined && Number.isFinite(declared) && declared > limit) {
        fail('too-large', `reply declares ${declared} bytes, over the ${limit} byte cap`)
        return
      }
      const chunks: Buffer[] = []
      let size = 0
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (limit !== undefined && size > limit) fail('too-large', `reply exceeds the ${limit} byte cap`)
        else chunks.push(chunk)
      })
      incoming.on('error', (error) => fail('network', error.message, error))
      incoming.on('close', () => {
        if (!incoming.complete) fail('network', 'connection closed before the reply was complete')
      })
      incoming.on('end', () => {
        if (settled) return
        settled = true
        cleanup()
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) })
      })
    })
    outgoing.end(request.body === undefined ? undefined : Buffer.from(request.body))
  })
}
