import { readBodyOfType } from './bodyType'

export type JsonWithin = { ok: true; value: unknown } | { ok: false; reason: 'too_large' | 'not_json' }

/**
 * A refused body up to this size is still read to its end, and dropped: the sender is still sending
 * it, and a connection closed under a sender fails its upload (EPIPE, "connection reset") before it
 * reads the refusal, so the person would see a network error instead of what to do.
 */
export const DRAIN_BYTES = 8 * 1024 * 1024

/**
 * A request's JSON body, kept only up to `maxBytes`. Past the limit it is refused (`too_large`): a
 * declared length before anything is kept, a body without one (chunked) as soon as it passes the limit.
 * Either way the rest is read and dropped up to DRAIN_BYTES, and beyond that not read at all. Only
 * `application/json` is read, like readJsonBody (else 415).
 */
export async function readJsonWithin(args: {
  request: { headers: Headers; body?: ReadableStream<Uint8Array> | null }
  maxBytes: number
}): Promise<JsonWithin> {
  const { request, maxBytes } = args
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) {
    if (declared <= DRAIN_BYTES) await readCappedBytes({ body: request.body, maxBytes: 0, drainBytes: DRAIN_BYTES })
    return { ok: false, reason: 'too_large' }
  }
  let tooLarge = false
  const text = await readBodyOfType({
    req: {
      headers: request.headers,
      text: async () => {
        const read = await readCapped({ body: request.body, maxBytes, drainBytes: DRAIN_BYTES })
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

type CappedRead = {
  body?: ReadableStream<Uint8Array> | null
  maxBytes: number
  /** Past `maxBytes`, read on and drop the rest until the body ends or passes this; by default not at all. */
  drainBytes?: number
}

/** The body as text, or null once it passes `maxBytes` (the rest is not read, or only dropped). */
export async function readCapped(args: CappedRead): Promise<string | null> {
  const bytes = await readCappedBytes(args)
  return bytes === null ? null : Buffer.from(bytes).toString('utf8')
}

/** The body's bytes, or null once they pass `maxBytes` (the rest is not read, or only dropped). */
export async function readCappedBytes(args: CappedRead): Promise<Uint8Array | null> {
  if (!args.body) return new Uint8Array()
  const reader = args.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return received > args.maxBytes ? null : Buffer.concat(chunks)
    received += value.byteLength
    if (received > Math.max(args.maxBytes, args.drainBytes ?? 0)) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    if (received <= args.maxBytes) chunks.push(value)
  }
}
