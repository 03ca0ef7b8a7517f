import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type TappedReply = { path: string; at: number; json: unknown }

export type TokenTap = {
  baseUrl: string
  /** Every access_token and refresh_token value the platform handed out, in order: the canaries. */
  issued: () => string[]
  /** JSON replies, in order. */
  replies: () => TappedReply[]
  /** Each request as text (path, headers, body): what the publisher actually sent. */
  requests: () => { path: string; text: string }[]
  close: () => Promise<void>
}

function tokensIn(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const item of value) tokensIn(item, out)
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'access_token' || key === 'refresh_token') && typeof inner === 'string' && inner !== '') out.push(inner)
      else tokensIn(inner, out)
    }
  }
}

function readBody(incoming: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => resolve(Buffer.concat(chunks)))
    incoming.on('error', reject)
  })
}

/**
 * A pass-through proxy in front of a fake platform that keeps what the platform issued and what the
 * publisher sent, so a test can look for those exact token values wherever they must not be.
 */
export async function startTokenTap(target: string): Promise<TokenTap> {
  const issued: string[] = []
  const replies: TappedReply[] = []
  const requests: { path: string; text: string }[] = []
  const server = http.createServer((incoming, response) => {
    void (async () => {
      const body = await readBody(incoming)
      const url = new URL(incoming.url ?? '/', target)
      requests.push({ path: url.pathname, text: `${incoming.url ?? ''}\n${JSON.stringify(incoming.headers)}\n${body.toString('latin1')}` })
      const headers = Object.fromEntries(
        Object.entries(incoming.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && !['host', 'connection', 'content-length'].includes(entry[0]),
        ),
      )
      const upstream = await fetch(url, {
        method: incoming.method,
        headers,
        body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : new Uint8Array(body),
        redirect: 'manual',
      })
      const bytes = Buffer.from(await upstream.arrayBuffer())
      if ((upstream.headers.get('content-type') ?? '').includes('json')) {
        const json: unknown = JSON.parse(bytes.toString('utf8'))
        replies.push({ path: url.pathname, at: Date.now(), json })
        tokensIn(json, issued)
      }
      const passed: Record<string, string> = {}
      for (const name of ['content-type', 'location']) {
        const value = upstream.headers.get(name)
        if (value !== null) passed[name] = value
      }
      response.writeHead(upstream.status, passed).end(bytes)
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(502).end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    issued: () => [...new Set(issued)],
    replies: () => [...replies],
    requests: () => [...requests],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
