import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type WecomRobotFake = {
  /** The webhook address, like https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…, for WECOM_WEBHOOK_URL. */
  url: string
  /** Every JSON body posted to the webhook, in order (answered or not). */
  bodies(): unknown[]
  /** The next answers carry this errcode (93000: the webhook's key is invalid) instead of 0. */
  failNext(args: { errcode: number; errmsg?: string; times?: number }): void
  /** The next answers come after this delay. */
  slowNext(args: { delayMs: number; times?: number }): void
  reset(): void
  close(): Promise<void>
}

const KEY = 'fake-wecom-robot-key'

/** A local 企业微信 group robot webhook: POST /cgi-bin/webhook/send?key=…, JSON in, `{errcode, errmsg}` out. Test tooling. */
export async function startWecomRobotFake(args: { host?: string; port?: number } = {}): Promise<WecomRobotFake> {
  const bodies: unknown[] = []
  let failures: { errcode: number; errmsg: string }[] = []
  let delays: number[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake')
      const answer = (json: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json))
      if (request.method !== 'POST' || url.pathname !== '/cgi-bin/webhook/send') return void response.writeHead(404).end()
      if (url.searchParams.get('key') !== KEY) return answer({ errcode: 93000, errmsg: 'invalid webhook url' })
      let body: unknown
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        return answer({ errcode: 40008, errmsg: 'invalid message type' })
      }
      bodies.push(body)
      const failure = failures.shift()
      const delay = delays.shift() ?? 0
      setTimeout(() => answer(failure ?? { errcode: 0, errmsg: 'ok' }), delay)
    })
  })
  const host = args.host ?? '127.0.0.1'
  await new Promise<void>((resolve) => server.listen(args.port ?? 0, host, resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/cgi-bin/webhook/send?key=${KEY}`,
    bodies: () => [...bodies],
    failNext: ({ errcode, errmsg = 'fake failure', times = 1 }) => {
      failures = Array.from({ length: times }, () => ({ errcode, errmsg }))
    },
    slowNext: ({ delayMs, times = 1 }) => {
      delays = Array.from({ length: times }, () => delayMs)
    },
    reset: () => {
      bodies.splice(0)
      failures = []
      delays = []
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
