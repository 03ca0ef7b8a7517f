import assert from 'node:assert/strict'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { adminFetch } from './adminApi'

/**
 * adminFetch against a real HTTP server. The browser resolves `/api/...` against the page's origin; here the
 * real fetch is given the server's origin for that, and nothing else about it changes.
 */
const answers: Record<string, (res: ServerResponse) => void> = {
  '/api/ok': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"docs":[1,2]}'),
  '/api/refused': (res) =>
    res.writeHead(403, { 'content-type': 'application/json' }).end('{"errors":[{"message":"你的角色不能做这件事。"}]}'),
  '/api/empty': (res) => res.writeHead(204).end(),
  '/api/html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>维护中</html>'),
  // Headers and half the JSON, then the connection is cut.
  '/api/cut': (res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
    res.write('{"docs":[1,')
    setTimeout(() => res.socket?.destroy(), 50)
  },
  // Headers at once, the body a second later: long enough to go away while it is read.
  '/api/slow': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{"docs":')
    setTimeout(() => res.end('[1]}'), 1000)
  },
}
const server = createServer((req, res) => (answers[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res))
const realFetch = globalThis.fetch

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  globalThis.fetch = (input, init) => realFetch(new URL(String(input), origin), init)
})
after(() => {
  globalThis.fetch = realFetch
  server.close()
})

test('a JSON answer is the data; a refusal is its message; an empty answer is an empty object', async () => {
  assert.deepEqual(await adminFetch('/ok'), { ok: true, data: { docs: [1, 2] } })
  assert.deepEqual(await adminFetch('/refused'), { ok: false, message: '你的角色不能做这件事。' })
  assert.deepEqual(await adminFetch('/empty'), { ok: true, data: {} })
})

test('an answer that is not JSON, or cut off, is an error, never an empty success', async () => {
  const html = await adminFetch('/html')
  assert.equal(html.ok, false)
  assert.match(html.ok ? '' : html.message, /读不出来/)
  const cut = await adminFetch('/cut')
  assert.equal(cut.ok, false, JSON.stringify(cut))
})

test('a call given up while its answer is read (the component went away) ends quietly, not as data', async () => {
  const controller = new AbortController()
  const call = adminFetch<{ docs: number[] }>('/slow', { signal: controller.signal })
  setTimeout(() => controller.abort(), 200)
  assert.deepEqual(await call, { ok: false, message: '' })
})
