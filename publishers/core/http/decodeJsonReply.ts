import type { ZodType, ZodTypeDef } from 'zod'
import { OutcomeUnknownError, RateLimitedError, TransientError } from '../errors'
import type { PlatformId } from '../types'
import type { HttpEffect, HttpReply } from './httpClient'

const RETRY_AFTER_DEFAULT_MS = 60_000

function retryAfterMs(reply: HttpReply): number {
  const header = reply.headers['retry-after']
  const seconds = Number(Array.isArray(header) ? header[0] : header)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : RETRY_AFTER_DEFAULT_MS
}

/** An unreadable reply: after a commit the platform may have acted, so the outcome is unknown. */
export function unreadableReply(args: { label: string; effect: HttpEffect; platform: PlatformId; detail: string }): Error {
  const { label, effect, platform, detail } = args
  if (effect === 'commit') {
    return new OutcomeUnknownError({
      message: `${label}：平台的答复无法解析（${detail}），可能已经接收，不会自动重试，请核对`,
      platform,
      step: label,
    })
  }
  return new TransientError({ message: `${label}：平台的答复无法解析（${detail}），可以重试`, platform })
}

/**
 * The reply's JSON, or a typed error: 429 → rate limited; a non-JSON 502/503 → transient (the gateway refused,
 * nothing reached the service); any other non-JSON reply → see `unreadableReply`.
 * Platform error envelopes are JSON and are returned for the platform client to classify.
 */
export function decodeJsonReply(args: { reply: HttpReply; label: string; effect: HttpEffect; platform: PlatformId }): unknown {
  const { reply, label, effect, platform } = args
  let json: unknown
  try {
    json = JSON.parse(reply.body.toString('utf8'))
  } catch {
    json = undefined
  }
  if (json !== null && typeof json === 'object') return json
  if (reply.status === 429) {
    throw new RateLimitedError({ message: `${label}：请求过于频繁（HTTP 429）`, platform, retryAfterMs: retryAfterMs(reply) })
  }
  if (reply.status === 502 || reply.status === 503) {
    throw new TransientError({ message: `${label}：平台暂时不可用（HTTP ${reply.status}），可以重试`, platform })
  }
  throw unreadableReply({ label, effect, platform, detail: `HTTP ${reply.status}，非 JSON` })
}

/** Parses a success reply with its zod schema; a mismatch is an unreadable reply. */
export function parseSuccessReply<T>(args: {
  json: unknown
  schema: ZodType<T, ZodTypeDef, unknown>
  label: string
  effect: HttpEffect
  platform: PlatformId
}): T {
  const parsed = args.schema.safeParse(args.json)
  if (parsed.success) return parsed.data
  const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
  throw unreadableReply({ label: args.label, effect: args.effect, platform: args.platform, detail })
}
