import assert from 'node:assert/strict'
import { test } from 'node:test'
import { APIError } from 'payload'
import { DRAIN_BYTES, readJsonWithin } from './readJsonWithin'

const JSON_TYPE = { 'content-type': 'application/json' }

function chunked(parts: string[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(new TextEncoder().encode(part))
      controller.close()
    },
  })
  return new Request('http://x/', { method: 'POST', body, headers: JSON_TYPE, duplex: 'half' } as RequestInit)
}

test('a body within the limit is parsed', async () => {
  const request = new Request('http://x/', { method: 'POST', body: JSON.stringify({ text: '最佳' }), headers: JSON_TYPE })
  assert.deepEqual(await readJsonWithin({ request, maxBytes: 100 }), { ok: true, value: { text: '最佳' } })
})

/** A body of `chunks` chunks of `size` bytes that counts how many were read. */
function counted(args: { chunks: number; size: number; headers?: Record<string, string> }) {
  const sent = { chunks: 0 }
  const chunk = new Uint8Array(args.size).fill(0x78)
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent.chunks === args.chunks) return controller.close()
      sent.chunks += 1
      controller.enqueue(chunk)
    },
  })
  const request = new Request('http://x/', {
    method: 'POST',
    body,
    headers: { ...JSON_TYPE, ...args.headers },
    duplex: 'half',
  } as RequestInit)
  return { request, sent }
}

test('a declared length over the limit is refused, and the body read to its end and dropped, so the sender sees the refusal', async () => {
  const { request, sent } = counted({ chunks: 20, size: 10, headers: { 'content-length': '200' } })
  assert.deepEqual(await readJsonWithin({ request, maxBytes: 100 }), { ok: false, reason: 'too_large' })
  assert.equal(sent.chunks, 20)
})

test('a declared length over DRAIN_BYTES is refused without reading', async () => {
  const { request, sent } = counted({ chunks: 20, size: 10, headers: { 'content-length': String(DRAIN_BYTES + 1) } })
  assert.deepEqual(await readJsonWithin({ request, maxBytes: 100 }), { ok: false, reason: 'too_large' })
  assert.equal(request.bodyUsed, false)
  assert.ok(sent.chunks <= 1, 'nothing read beyond what the stream queues by itself')
})

test('a body without a length is refused once it passes the limit; the rest is dropped up to DRAIN_BYTES, then not read', async () => {
  assert.deepEqual(await readJsonWithin({ request: chunked(['{"text":"', 'x'.repeat(80), 'x'.repeat(80), '"}']), maxBytes: 100 }), {
    ok: false,
    reason: 'too_large',
  })
  assert.deepEqual(await readJsonWithin({ request: chunked(['{"text":', '"ok"}']), maxBytes: 100 }), { ok: true, value: { text: 'ok' } })
  const small = counted({ chunks: 50, size: 64 * 1024 })
  assert.deepEqual(await readJsonWithin({ request: small.request, maxBytes: 1024 }), { ok: false, reason: 'too_large' })
  assert.equal(small.sent.chunks, 50, 'read to its end')
  const huge = counted({ chunks: 1000, size: 64 * 1024 })
  assert.deepEqual(await readJsonWithin({ request: huge.request, maxBytes: 1024 }), { ok: false, reason: 'too_large' })
  assert.ok(huge.sent.chunks < 200, `stopped reading after ${huge.sent.chunks} chunks of 64 KB`)
})

test('no body or no JSON', async () => {
  assert.deepEqual(await readJsonWithin({ request: new Request('http://x/', { method: 'POST' }), maxBytes: 100 }), {
    ok: false,
    reason: 'not_json',
  })
  assert.deepEqual(
    await readJsonWithin({ request: new Request('http://x/', { method: 'POST', body: '{oops', headers: JSON_TYPE }), maxBytes: 100 }),
    {
      ok: false,
      reason: 'not_json',
    },
  )
})

test('another content type is refused with 415 before the body is read', async () => {
  const request = new Request('http://x/', {
    method: 'POST',
    body: JSON.stringify({ text: 'x' }),
    headers: { 'content-type': 'text/plain' },
  })
  await assert.rejects(readJsonWithin({ request, maxBytes: 100 }), (error: unknown) => error instanceof APIError && error.status === 415)
  assert.equal(request.bodyUsed, false)
})
