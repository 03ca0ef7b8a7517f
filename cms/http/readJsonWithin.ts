import { readBodyOfType } from './bodyType'

export type JsonWithin = { ok: true; value: unknown } | { ok: false; reason: 'too_large' | 'not_json' }

/**
 * A request's JSON body, read no further than `maxBytes`: a declared length over the limit is refused
 * before reading, and a body without one (chunked) is cut off as soon as it passes the limit. Only
 * `application/json` is read, like readJsonBody (else 415).
 */
export async function readJsonWithin(args: {
  request: { headers: Headers; body?: ReadableStream<Uint8Array> | null }
  maxBytes: number
}): Promise<JsonWithin> {
  const { request, maxBytes } = args
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'too_large' }
  let tooLarge = false
  const text = await readBodyOfType({
    req: {
      headers: request.headers,
      text: async () => {
        const read = await readCapped({ body: request.body, maxBytes })
        tooLarge = read === null
        return read ?? ''
      },
    },
    expected: 'application/json',
    label: 'JSON',
  })
  if (tooLarge) return { ok: false, reason: 'too_large' }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, reason: 'not_json' }
  }
}

/** The body as text, or null once it passes `maxBytes` (the rest is not read). */
export async function readCapped(args: { body?: ReadableStream<Uint8Array> | null; maxBytes: number }): Promise<string | null> {
  const bytes = await readCappedBytes(args)
  return bytes === null ? null : Buffer.from(bytes).toString('utf8')
}

/** The body's bytes, or null once they pass `maxBytes` (the rest is not read). */
export async function readCappedBytes(args: { body?: ReadableStream<Uint8Array> | null; maxBytes: number }): Promise<Uint8Array | null> {
  if (!args.body) return new Uint8Array()
  const reader = args.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > args.maxBytes) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
