import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

/**
 * The bench's 50 accounts share the WeChat fake's one app, and the fake pushes every MASSSENDJOBFINISH
 * to one address. On the real platform each account pushes to its own (`/api/platform-accounts/:id/callback`):
 * this relay plays that part, finding the account by the event's `<MsgID>` (the send job its delivery
 * recorded) and passing the request on unchanged, signature query included.
 */
export async function startMassCallbackRelay(args: {
  payload: Payload
  cmsUrl: string
}): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString('utf8')
        const msgId = /<MsgID>(\d+)<\/MsgID>/.exec(body)?.[1]
        const { docs } = msgId
          ? await args.payload.find({
              collection: 'deliveries',
              overrideAccess: true,
              depth: 0,
              limit: 1,
              where: { msgId: { equals: msgId } },
            })
          : { docs: [] }
        const account = docs[0]?.account
        if (account === undefined) {
          response.writeHead(404).end('no delivery recorded this send job')
          return
        }
        const query = new URL(request.url ?? '/', 'http://relay').search
        const answer = await fetch(
          `${args.cmsUrl}/api/platform-accounts/${typeof account === 'object' ? account.id : account}/callback${query}`,
          {
            method: 'POST',
            headers: { 'content-type': request.headers['content-type'] ?? 'text/xml' },
            body,
          },
        )
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' }).end(await answer.text())
      })().catch((error: unknown) => response.writeHead(502).end(String(error)))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/callback`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
