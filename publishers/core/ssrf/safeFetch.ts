import { sendOverHttp, TransportError } from '../http/transport'
import type { Logger } from '../logger'
import { silentLogger } from '../logger'
import { redactUrl } from '../redact'
import { checkAddress, checkAddressText, parseCidr } from './addressPolicy'
import type { Cidr } from './addressPolicy'
import { createGuardedLookup } from './guardedLookup'
import { parseIpLiteral } from './ipAddress'

export type SafeFetchRefusal =
  'bad-url' | 'blocked-address' | 'too-many-redirects' | 'too-large' | 'timeout' | 'network' | 'http-status' | 'unsupported-type'

export class SafeFetchError extends Error {
  readonly reason: SafeFetchRefusal
  readonly retryable: boolean
  constructor(args: { reason: SafeFetchRefusal; message: string; retryable?: boolean; cause?: unknown }) {
    super(args.message, args.cause === undefined ? undefined : { cause: args.cause })
    this.name = 'SafeFetchError'
    this.reason = args.reason
    this.retryable = args.retryable ?? false
  }
}

export type SafeFetchOptions = {
  maxBytes?: number
  /** Cap on the whole fetch, redirects included. */
  timeoutMs?: number
  maxRedirects?: number
  /** CIDRs treated as public, e.g. `['127.0.0.1/32']` for a test server. */
  trustedCidrs?: readonly string[]
  acceptContentType?: (contentType: string) => boolean
  logger?: Logger
}

export type SafeFetchResult = { bytes: Uint8Array; contentType: string; finalUrl: string }
export type SafeFetch = (args: { url: string; signal?: AbortSignal }) => Promise<SafeFetchResult>

const REDIRECTS = new Set([301, 302, 303, 307, 308])

function checkHop(url: URL, trusted: readonly Cidr[]): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SafeFetchError({ reason: 'bad-url', message: `scheme ${url.protocol} is not allowed` })
  }
  if (url.username !== '' || url.password !== '') {
    throw new SafeFetchError({ reason: 'bad-url', message: 'credentials in URLs are not allowed' })
  }
  const literal = parseIpLiteral(url.hostname)
  if (literal === undefined) return
  const verdict = checkAddress({ ip: literal, trusted })
  if (!verdict.allowed) {
    throw new SafeFetchError({ reason: 'blocked-address', message: `${url.hostname} is not public (${verdict.reason})` })
  }
}

function fromTransport(error: TransportError): SafeFetchError {
  const reason: SafeFetchRefusal =
    error.failure === 'blocked'
      ? 'blocked-address'
      : error.failure === 'too-large'
        ? 'too-large'
        : error.failure === 'timeout'
          ? 'timeout'
          : 'network'
  return new SafeFetchError({ reason, message: error.message, retryable: reason === 'timeout' || reason === 'network', cause: error })
}

/** Fetches a user-supplied URL (an outside image) without ever reaching an internal address. */
export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024
  const timeoutMs = options.timeoutMs ?? 15_000
  const maxRedirects = options.maxRedirects ?? 3
  const trusted = (options.trustedCidrs ?? []).map(parseCidr)
  const accept = options.acceptContentType ?? ((type: string) => type.startsWith('image/'))
  const logger = options.logger ?? silentLogger
  const lookup = createGuardedLookup({ trusted })
  const acceptPeerAddress = (address: string): boolean => checkAddressText({ address, trusted }).allowed

  return async ({ url, signal }) => {
    const deadline = Date.now() + timeoutMs
    let current: URL
    try {
      current = new URL(url)
    } catch {
      throw new SafeFetchError({ reason: 'bad-url', message: 'not a URL' })
    }
    for (let hop = 0; ; hop += 1) {
      checkHop(current, trusted)
      const remaining = deadline - Date.now()
      if (remaining <= 0) throw new SafeFetchError({ reason: 'timeout', message: 'time cap reached', retryable: true })
      let reply
      try {
        reply = await sendOverHttp({
          url: current,
          method: 'GET',
          headers: { accept: 'image/*', 'user-agent': 'campaign-cms-image-fetch' },
          timeoutMs: remaining,
          signal,
          lookup,
          acceptPeerAddress,
          maxResponseBytes: maxBytes,
        })
      } catch (error) {
        if (error instanceof TransportError && error.failure === 'aborted' && signal?.aborted) throw signal.reason
        if (error instanceof TransportError) {
          logger.warn({ url: redactUrl(current), failure: error.failure, hop }, 'outside fetch refused or failed')
          throw fromTransport(error)
        }
        throw error
      }
      const location = reply.headers.location
      if (REDIRECTS.has(reply.status) && typeof location === 'string') {
        if (hop >= maxRedirects) throw new SafeFetchError({ reason: 'too-many-redirects', message: `more than ${maxRedirects} redirects` })
        current = new URL(location, current)
        continue
      }
      if (reply.status !== 200) {
        throw new SafeFetchError({ reason: 'http-status', message: `HTTP ${reply.status}`, retryable: reply.status >= 500 })
      }
      const contentType =
        String(reply.headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim()
          .toLowerCase() ?? ''
      if (!accept(contentType)) {
        throw new SafeFetchError({ reason: 'unsupported-type', message: `content type "${contentType}" is not accepted` })
      }
      logger.info({ url: redactUrl(current), bytes: reply.body.length, hops: hop }, 'outside fetch')
      return { bytes: new Uint8Array(reply.body), contentType, finalUrl: current.toString() }
    }
  }
}
