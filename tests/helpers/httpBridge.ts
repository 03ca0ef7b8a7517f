import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { KEEP_ALIVE_TIMEOUT_MS } from '../../scripts/lib.mjs'

export type FetchHandler = (request: Request) => Promise<Response>

/** A real HTTP server on loopback that hands each request to a Fetch-style handler. */
export async function serveFetchHandler(handler: FetchHandler): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    try {
      const url = `http://${req.headers.host}${req.url}`
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
        duplex: 'half',
      } as RequestInit)
      const response = await handler(request)
      const headers: Record<string, string | string[]> = {}
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie') headers[key] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) headers['set-cookie'] = cookies
      res.writeHead(response.status, headers)
      if (!response.body) return void res.end()
      // Stream (server-sent events must arrive as they are written) and pass a hang-up back upstream.
      const reader = response.body.getReader()
      res.on('close', () => {
        if (!res.writableFinished) void reader.cancel()
      })
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        res.write(value)
      }
      res.end()
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  })
  // As `npm start` does: a client reusing a connection it still counts as open must not have it closed
  // under it. At Node's 5 s, fetch's pool and the server's timer raced, and bench:api saw ECONNRESET.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
