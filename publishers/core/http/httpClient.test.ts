import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { OutcomeUnknownError, RateLimitedError, TransientError } from '../errors'
import { createMemoryLogger, silentLogger } from '../logger'
import { decodeJsonReply } from './decodeJsonReply'
import { createHttpClient } from './httpClient'
import type { HttpEffect } from './httpClient'

let server: http.Server
let base = ''
let lastBody = ''
let lastType = ''

before(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      lastBody = Buffer.concat(chunks).toString('latin1')
      lastType = String(request.headers['content-type'])
      const path = request.url?.split('?')[0]
      if (path === '/ok') response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      else if (path === '/hang') return
      else if (path === '/drop') request.socket.destroy()
      else if (path === '/503') response.writeHead(503).end('<html>busy</html>')
      else if (path === '/500') response.writeHead(500).end('<html>oops</html>')
      else if (path === '/429') response.writeHead(429, { 'retry-after': '7' }).end('slow down')
      else if (path === '/garbage') response.writeHead(200).end('{"media_id":')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

const client = createHttpClient({ timeoutMs: 300 })
const send = (path: string, effect: HttpEffect, through = client) =>
  through.send({
    label: `test ${path}`,
    method: 'POST',
    url: `${base}${path}`,
    effect,
    logger: silentLogger,
    body: { kind: 'json', value: { a: '中文' } },
  })
const decode = async (path: string, effect: HttpEffect) =>
  decodeJsonReply({ reply: await send(path, effect), label: path, effect, platform: 'wechat' })

describe('the one HTTP client', () => {
  test('a lost reply after sending: commit → OutcomeUnknownError, read/upload → TransientError', async () => {
    // Long enough for the request to be written even on a loaded machine: a timeout before that is a
    // request that never went out, rightly transient (once seen in CI with 300 ms).
    const patient = createHttpClient({ timeoutMs: 2000 })
    await assert.rejects(send('/hang', 'commit', patient), OutcomeUnknownError)
    await assert.rejects(send('/drop', 'commit'), OutcomeUnknownError)
    await assert.rejects(send('/hang', 'read', patient), TransientError)
    await assert.rejects(send('/drop', 'upload'), TransientError)
  })

  test('a refused connection never reached the server: transient even for a commit', async () => {
    const closed = createHttpClient({ timeoutMs: 300 })
    await assert.rejects(
      closed.send({ label: 'x', method: 'POST', url: 'http://127.0.0.1:1/', effect: 'commit', logger: silentLogger }),
      TransientError,
    )
  })

  test('AbortSignal: aborting before sending rethrows the reason; during a commit it is outcome unknown', async () => {
    const early = new AbortController()
    early.abort(new Error('shutdown'))
    await assert.rejects(
      client.send({ label: 'x', method: 'GET', url: `${base}/ok`, effect: 'read', logger: silentLogger, signal: early.signal }),
      /shutdown/,
    )
    const late = new AbortController()
    setTimeout(() => late.abort(new Error('shutdown')), 50)
    await assert.rejects(
      client.send({ label: 'x', method: 'POST', url: `${base}/hang`, effect: 'commit', logger: silentLogger, signal: late.signal }),
      OutcomeUnknownError,
    )
  })

  test('non-JSON replies: 503 transient, 429 rate limited with Retry-After, 500 or garbage after a commit unknown', async () => {
    await assert.rejects(decode('/503', 'commit'), TransientError)
    await assert.rejects(decode('/429', 'read'), (error: unknown) => error instanceof RateLimitedError && error.retryAfterMs === 7_000)
    await assert.rejects(decode('/500', 'commit'), OutcomeUnknownError)
    await assert.rejects(decode('/garbage', 'commit'), OutcomeUnknownError)
    await assert.rejects(decode('/garbage', 'read'), TransientError)
    assert.deepEqual(await decode('/ok', 'read'), { ok: true })
  })

  test('bodies: JSON as real UTF-8, forms, multipart with files', async () => {
    await send('/ok', 'read')
    assert.equal(Buffer.from(lastBody, 'latin1').toString('utf8'), '{"a":"中文"}')
    await client.send({
      label: 'x',
      method: 'POST',
      url: `${base}/ok`,
      effect: 'read',
      logger: silentLogger,
      body: { kind: 'form', fields: { status: 'a b&c' } },
    })
    assert.equal(lastBody, 'status=a+b%26c')
    await client.send({
      label: 'x',
      method: 'POST',
      url: `${base}/ok`,
      effect: 'upload',
      logger: silentLogger,
      body: {
        kind: 'multipart',
        parts: [
          { name: 'rip', value: '1.2.3.4' },
          { name: 'pic', filename: 'a.jpg', contentType: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8]) },
        ],
      },
    })
    const form = await new Response(Buffer.from(lastBody, 'latin1'), { headers: { 'content-type': lastType } }).formData()
    assert.equal(form.get('rip'), '1.2.3.4')
    const file = form.get('pic')
    assert.ok(file instanceof File)
    assert.deepEqual([...new Uint8Array(await file.arrayBuffer())], [0xff, 0xd8])
  })

  test('structured logs, secrets redacted', async () => {
    const { logger, entries } = createMemoryLogger()
    await client.send({
      label: 'wechat x',
      method: 'GET',
      url: `${base}/ok`,
      query: { access_token: 'SECRET1', appid: 'wx1' },
      effect: 'read',
      logger,
    })
    assert.equal(entries[0]?.fields.status, 200)
    assert.equal(entries[0]?.fields.label, 'wechat x')
    assert.ok(!JSON.stringify(entries).includes('SECRET1'))
    assert.ok(String(entries[0]?.fields.url).includes('appid=wx1'))
  })
})
