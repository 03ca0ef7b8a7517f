import http from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import type { FakeClock } from './clock'
import { createFaultQueue, faultSchema } from './faults'
import type { Fault } from './faults'
import type { Ledger } from './ledger'
import { parseJsonBody } from './requestBody'

export type FakeRequest = {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
}

/** `rawJson` lets a fake write numbers JSON.stringify cannot (Weibo's int64 ids). */
export type FakeReply = {
  status?: number
  json?: unknown
  rawJson?: string
  text?: string
  location?: string
  /** True when the handler changed platform state: after-commit faults apply only then. */
  committed?: boolean
}

export type FakeRoute = { method: 'GET' | 'POST'; path: string; handle(request: FakeRequest): FakeReply | Promise<FakeReply> }

/** One platform's behaviour; the server adds the test API (`/__ledger`, `/__faults`, `/__reset`, `/__clock`, `/__config`). */
export type FakePlatform = {
  name: string
  routes: readonly FakeRoute[]
  clock: FakeClock
  ledger: Ledger
  reset(): void
  config(): unknown
  configure(patch: unknown): unknown
  applyPlatformFault(args: { action: string; path: string }): void
  wrongMethod(request: FakeRequest): FakeReply
  /** The platform's own test API under `/__` (e.g. `GET /__stats`: the numbers it reports), never in the ledger. */
  controlRoutes?: readonly FakeRoute[]
}

export type RunningFake = { name: string; baseUrl: string; port: number; close(): Promise<void> }

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => resolve(Buffer.concat(chunks)))
    incoming.on('error', reject)
  })
}

function send(response: ServerResponse, reply: FakeReply): void {
  if (reply.location !== undefined) {
    response.writeHead(reply.status ?? 302, { location: reply.location }).end()
    return
  }
  if (reply.text !== undefined) {
    response.writeHead(reply.status ?? 200, { 'content-type': 'text/html; charset=utf-8' }).end(reply.text)
    return
  }
  const body = reply.rawJson ?? JSON.stringify(reply.json ?? {})
  response.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8' }).end(body)
}

const clockSchema = z.object({ advanceMs: z.number() })

export async function startFakeServer(args: { platform: FakePlatform; port?: number; host?: string }): Promise<RunningFake> {
  const { platform } = args
  const faults = createFaultQueue()

  async function control(request: FakeRequest): Promise<FakeReply> {
    const json = () => {
      const parsed = parseJsonBody(request.body)
      return parsed.ok ? parsed.value : {}
    }
    const key = `${request.method} ${request.path}`
    if (key === 'GET /__ledger') return { json: { entries: platform.ledger.entries(), requests: platform.ledger.requests() } }
    if (key === 'POST /__faults') {
      const input = json()
      faults.add(z.array(faultSchema).parse(Array.isArray(input) ? input : [input]))
      return { json: { pending: faults.pending() } }
    }
    if (key === 'DELETE /__faults') {
      faults.clear()
      return { json: { pending: [] } }
    }
    if (key === 'POST /__reset') {
      platform.reset()
      platform.ledger.clear()
      platform.clock.reset()
      faults.clear()
      return { json: { ok: true } }
    }
    if (key === 'POST /__clock') {
      platform.clock.advance(clockSchema.parse(json()).advanceMs)
      return { json: { now: platform.clock.now() } }
    }
    if (key === 'GET /__config') return { json: platform.config() }
    if (key === 'POST /__config') return { json: platform.configure(json()) }
    const own = platform.controlRoutes?.find((route) => route.method === request.method && route.path === request.path)
    if (own !== undefined) return own.handle(request)
    return { status: 404, json: { error: `unknown test API ${key}` } }
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? '/', 'http://fake.local')
    const request: FakeRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body: await readBody(incoming),
    }
    if (request.path.startsWith('/__')) {
      send(response, await control(request))
      return
    }
    platform.ledger.noteRequest({ method: request.method, path: request.path })
    const before = faults.take({ path: request.path, phase: 'before' })
    for (const fault of before) {
      if (fault.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms))
      if (fault.kind === 'platform') platform.applyPlatformFault({ action: fault.action, path: request.path })
    }
    const early = before.find((fault) => fault.kind === 'status' || fault.kind === 'reply' || fault.kind === 'destroy-before-commit')
    if (early?.kind === 'destroy-before-commit') {
      incoming.socket.destroy()
      return
    }
    if (early?.kind === 'status') {
      send(response, { status: early.status, text: `<html><body><h1>${early.status}</h1>fake gateway</body></html>` })
      return
    }
    if (early?.kind === 'reply') {
      send(response, { status: early.status, json: early.json })
      return
    }
    const routes = platform.routes.filter((route) => route.path === request.path)
    const route = routes.find((candidate) => candidate.method === request.method)
    if (route === undefined) {
      send(response, routes.length > 0 ? platform.wrongMethod(request) : { status: 404, text: 'not found' })
      return
    }
    const reply = await route.handle(request)
    const after: Fault[] = reply.committed ? faults.take({ path: request.path, phase: 'after' }) : []
    const fault = after[0]
    if (fault?.kind === 'hang-after-commit') return
    if (fault?.kind === 'destroy-after-commit') {
      incoming.socket.destroy()
      return
    }
    if (fault?.kind === 'malformed-after-commit') {
      send(response, { rawJson: '{"media_id": "tru' })
      return
    }
    if (fault?.kind === 'reply-after-commit') {
      send(response, { status: fault.status, json: fault.json })
      return
    }
    if (fault?.kind === 'delay-after-commit') {
      await new Promise((resolve) => setTimeout(resolve, fault.ms))
      if (!incoming.socket.destroyed) send(response, reply)
      return
    }
    send(response, reply)
  }

  const server = http.createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, { status: 500, text: `fake crashed: ${String(error)}` })
    })
  })
  await new Promise<void>((resolve) => server.listen(args.port ?? 0, args.host ?? '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    name: platform.name,
    port,
    baseUrl: `http://${args.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
