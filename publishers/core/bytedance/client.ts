import type { ZodType, ZodTypeDef } from 'zod'
import { errorFromTable } from '../errorTable'
import type { ErrorTable } from '../errorTable'
import { decodeJsonReply, parseSuccessReply, unreadableReply } from '../http/decodeJsonReply'
import type { HttpBody, HttpClient, HttpEffect } from '../http/httpClient'
import type { Logger } from '../logger'
import type { TokenProvider } from '../tokens/tokenProvider'
import type { StoredToken } from '../tokens/tokenStore'
import type { PlatformId } from '../types'
import { bytedanceClientTokenDataSchema, bytedanceEnvelopeSchema, bytedanceRenewDataSchema, bytedanceTokenDataSchema } from './replySchemas'

/**
 * The ByteDance open platform as Douyin and Toutiao video share it (douyin.md §1, §5; toutiao.md §1.1):
 * the `/oauth/*` calls (form-encoded) and the `data.error_code` envelope. Each platform brings its host,
 * its error table and its name for logs and errors.
 */
export type BytedanceDeps = {
  http: HttpClient
  logger: Logger
  signal?: AbortSignal
  now: () => number
  platform: Extract<PlatformId, 'douyin' | 'toutiao'>
  errorTable: ErrorTable
}

export type BytedanceCall<T> = {
  label: string
  method?: 'GET' | 'POST'
  url: string
  headers?: Record<string, string>
  body?: HttpBody
  effect: HttpEffect
  schema: ZodType<T, ZodTypeDef, unknown>
}

export type BytedanceReply<T> = { code: string; message: string; parse: () => T }

/** One request; `{code, message}` of the envelope (data.error_code, else extra.error_code / sub_error_code) plus the JSON. */
export async function sendBytedance<T>(deps: BytedanceDeps, spec: BytedanceCall<T>): Promise<BytedanceReply<T>> {
  const { platform } = deps
  const reply = await deps.http.send({
    label: spec.label,
    method: spec.method ?? 'POST',
    url: spec.url,
    headers: spec.headers,
    body: spec.body,
    effect: spec.effect,
    signal: deps.signal,
    logger: deps.logger,
  })
  const json = decodeJsonReply({ reply, label: spec.label, effect: spec.effect, platform })
  const envelope = bytedanceEnvelopeSchema.safeParse(json)
  if (!envelope.success) throw unreadableReply({ label: spec.label, effect: spec.effect, platform, detail: 'no data envelope' })
  const { data, extra } = envelope.data
  const failing = [
    { code: data.error_code, description: data.description },
    { code: extra?.error_code, description: extra?.description ?? data.description },
    { code: extra?.sub_error_code, description: data.description },
  ].find((part) => part.code !== undefined && part.code !== '0')
  if (failing) deps.logger.warn({ label: spec.label, errorCode: failing.code, description: failing.description }, `${platform} error reply`)
  return {
    code: failing?.code ?? '0',
    message: failing?.description ?? '',
    parse: () => parseSuccessReply({ json, schema: spec.schema, label: spec.label, effect: spec.effect, platform }),
  }
}

export function bytedanceError(
  deps: Pick<BytedanceDeps, 'platform' | 'errorTable' | 'now'>,
  reply: { code: string; message: string },
): Error {
  return errorFromTable({
    table: deps.errorTable,
    platform: deps.platform,
    code: reply.code,
    platformMessage: reply.message,
    now: deps.now(),
  })
}

/** A user's grant: the access token (`value`), its refresh token, and whose it is. Times in epoch ms. */
export type BytedanceUserToken = StoredToken & { openId: string; scope?: string }

export type BytedanceOauthClient = {
  exchangeCode(args: { code: string }): Promise<BytedanceUserToken>
  refreshAccessToken(args: { refreshToken: string }): Promise<BytedanceUserToken>
  /** A new 30-day refresh token in place of `refreshToken` (Douyin: at most 5 times, then 10020). */
  renewRefreshToken(args: { refreshToken: string }): Promise<{ refreshToken: string; refreshExpiresAt: number }>
  /** The app's own token (`grant_type=client_credential`), for app-level calls such as the share ticket. */
  clientToken(): Promise<StoredToken>
}

export function createBytedanceOauthClient(
  deps: BytedanceDeps & { oauthBase: string; clientKey: string; clientSecret: string },
): BytedanceOauthClient {
  const label = (path: string) => `${deps.platform} oauth/${path}`
  async function form<T>(path: string, fields: Record<string, string>, schema: ZodType<T, ZodTypeDef, unknown>): Promise<T> {
    const reply = await sendBytedance(deps, {
      label: label(path),
      url: `${deps.oauthBase}/oauth/${path}/`,
      body: { kind: 'form', fields },
      effect: 'read',
      schema,
    })
    if (reply.code !== '0') throw bytedanceError(deps, reply)
    return reply.parse()
  }
  const userToken = async (path: string, fields: Record<string, string>): Promise<BytedanceUserToken> => {
    const { data } = await form(path, fields, bytedanceTokenDataSchema)
    const now = deps.now()
    return {
      value: data.access_token,
      expiresAt: now + data.expires_in * 1000,
      refreshToken: data.refresh_token,
      refreshExpiresAt: data.refresh_expires_in === undefined ? undefined : now + data.refresh_expires_in * 1000,
      openId: data.open_id,
      scope: data.scope,
    }
  }
  return {
    exchangeCode: ({ code }) =>
      userToken('access_token', {
        client_key: deps.clientKey,
        client_secret: deps.clientSecret,
        code,
        grant_type: 'authorization_code',
      }),
    refreshAccessToken: ({ refreshToken }) =>
      userToken('refresh_token', { client_key: deps.clientKey, grant_type: 'refresh_token', refresh_token: refreshToken }),
    async renewRefreshToken({ refreshToken }) {
      const { data } = await form(
        'renew_refresh_token',
        { client_key: deps.clientKey, refresh_token: refreshToken },
        bytedanceRenewDataSchema,
      )
      return { refreshToken: data.refresh_token, refreshExpiresAt: deps.now() + data.expires_in * 1000 }
    },
    async clientToken() {
      const { data } = await form(
        'client_token',
        { client_key: deps.clientKey, client_secret: deps.clientSecret, grant_type: 'client_credential' },
        bytedanceClientTokenDataSchema,
      )
      return { value: data.access_token, expiresAt: deps.now() + data.expires_in * 1000 }
    },
  }
}

/** A resource call: path under the API host, more query parameters after `open_id`. */
export type BytedanceResourceCall<T> = Omit<BytedanceCall<T>, 'url' | 'headers'> & { path: string; query?: Record<string, string> }

/**
 * Calls made with a user's token (header `access-token` + query `open_id`, douyin.md §1): the cached token,
 * else the account's, refreshed ahead of expiry; a token error code refreshes once and retries once.
 */
export function createBytedanceUserCaller(
  deps: BytedanceDeps & {
    apiBase: string
    openId: string
    /** The account's token as stored: the newest grant (a rotated refresh token is written back to the account). */
    seed: StoredToken
    tokens: TokenProvider
    tokenErrorCodes: ReadonlySet<string>
    refresh: (known: StoredToken) => Promise<StoredToken>
  },
): <T>(spec: BytedanceResourceCall<T>) => Promise<T> {
  const { seed, tokens, now } = deps
  const key = `${deps.platform}:${deps.openId}`
  const seedOrRefresh = async ({ current }: { current?: StoredToken }): Promise<StoredToken> => {
    // A cached token from another grant means the account was connected again: its old chain is dropped.
    const sameGrant = current !== undefined && (seed.refreshToken === undefined || current.refreshToken === seed.refreshToken)
    const known = sameGrant ? current : seed
    return known.expiresAt - 300_000 > now() ? known : deps.refresh(known)
  }
  return async function call<T>(spec: BytedanceResourceCall<T>): Promise<T> {
    const url = new URL(`${deps.apiBase}${spec.path}`)
    url.searchParams.set('open_id', deps.openId)
    for (const [name, value] of Object.entries(spec.query ?? {})) url.searchParams.set(name, value)
    const attempt = (token: string) => sendBytedance(deps, { ...spec, url: url.toString(), headers: { 'access-token': token } })
    const token = await tokens.get({ key, fetch: seedOrRefresh })
    let reply = await attempt(token.value)
    if (deps.tokenErrorCodes.has(reply.code)) {
      deps.logger.warn({ label: spec.label, errorCode: reply.code }, `${deps.platform} token rejected; refreshing once`)
      const fresh = await tokens.refresh({ key, rejected: token.value, fetch: ({ current }) => deps.refresh(current ?? seed) })
      reply = await attempt(fresh.value)
    }
    if (reply.code !== '0') throw bytedanceError(deps, reply)
    return reply.parse()
  }
}
