import assert from 'node:assert/strict'
import { test } from 'node:test'
import { APIError } from 'payload'
import { readJsonWithin } from './readJsonWithin'

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

test('a declared length over the limit is refused without reading', async () => {
  const request = new Request('http://x/', { method: 'POST', body: 'x'.repeat(200), headers: { ...JSON_TYPE, 'content-length': '200' } })
  assert.deepEqual(await readJsonWithin({ request, maxBytes: 100 }), { ok: false, reason: 'too_large' })
  assert.equal(request.bodyUsed, false)
})

test('a body without a length is cut off once it passes the limit', async () => {
  assert.deepEqual(await readJsonWithin({ request: chunked(['{"text":"', 'x'.repeat(80), 'x'.repeat(80), '"}']), maxBytes: 100 }), {
    ok: false,
    reason: 'too_large',
  })
  assert.deepEqual(await readJsonWithin({ request: chunked(['{"text":', '"ok"}']), maxBytes: 100 }), { ok: true, value: { text: 'ok' } })
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
