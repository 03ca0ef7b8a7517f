export type JsonWithin = { ok: true; value: unknown } | { ok: false; reason: 'too_large' | 'not_json' }

/**
 * A request's JSON body, read no further than `maxBytes`: a declared length over the limit is refused
 * before reading, and a body without one (chunked) is cut off as soon as it passes the limit.
 */
export async function readJsonWithin(args: {
  request: { headers: Headers; body?: ReadableStream<Uint8Array> | null }
  maxBytes: number
}): Promise<JsonWithin> {
  const declared = Number(args.request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > args.maxBytes) return { ok: false, reason: 'too_large' }
  if (!args.request.body) return { ok: false, reason: 'not_json' }
  const reader = args.request.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > args.maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, reason: 'too_large' }
    }
    chunks.push(value)
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) }
  } catch {
    return { ok: false, reason: 'not_json' }
  }
}
