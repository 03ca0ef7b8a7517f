import type { ZodType, ZodTypeDef } from 'zod'
import { errorFromTable } from '../core/errorTable'
import { ReauthRequiredError } from '../core/errors'
import { decodeJsonReply, parseSuccessReply, unreadableReply } from '../core/http/decodeJsonReply'
import type { HttpBody, HttpClient, HttpEffect } from '../core/http/httpClient'
import type { Logger } from '../core/logger'
import type { TokenProvider } from '../core/tokens/tokenProvider'
import type { StoredToken } from '../core/tokens/tokenStore'
import type { AssetBytes } from '../core/types'
import type { ToutiaoCredentials } from './accountSchemas'
import { TOUTIAO_ERROR_TABLE, TOUTIAO_TOKEN_ERROR_CODES } from './errorTable'
import {
  toutiaoCreateDataSchema,
  toutiaoEnvelopeSchema,
  toutiaoTokenDataSchema,
  toutiaoUploadDataSchema,
  toutiaoVideoDataSchema,
} from './replySchemas'

export type ToutiaoUserToken = StoredToken & { openId: string; scope?: string }

type Deps = { http: HttpClient; logger: Logger; signal?: AbortSignal; now: () => number }
type Call<T> = {
  label: string
  url: string
  headers?: Record<string, string>
  body: HttpBody
  effect: HttpEffect
  schema: ZodType<T, ZodTypeDef, unknown>
}

/** One request; `{code, message}` of the envelope (data.error_code, else extra.error_code) plus the JSON. */
async function send<T>(deps: Deps, spec: Call<T>): Promise<{ code: string; message: string; parse: () => T }> {
  const reply = await deps.http.send({
    label: spec.label,
    method: 'POST',
    url: spec.url,
    headers: spec.headers,
    body: spec.body,
    effect: spec.effect,
    signal: deps.signal,
    logger: deps.logger,
  })
  const json = decodeJsonReply({ reply, label: spec.label, effect: spec.effect, platform: 'toutiao' })
  const envelope = toutiaoEnvelopeSchema.safeParse(json)
  if (!envelope.success) throw unreadableReply({ label: spec.label, effect: spec.effect, platform: 'toutiao', detail: 'no data envelope' })
  const { data, extra } = envelope.data
  const failing = [data, extra].find((part) => part?.error_code !== undefined && part.error_code !== '0')
  if (failing)
    deps.logger.warn({ label: spec.label, errorCode: failing.error_code, description: failing.description }, 'toutiao error reply')
  return {
    code: failing?.error_code ?? '0',
    message: failing?.description ?? '',
    parse: () => parseSuccessReply({ json, schema: spec.schema, label: spec.label, effect: spec.effect, platform: 'toutiao' }),
  }
}

function fail(deps: Deps, result: { code: string; message: string }): Error {
  return errorFromTable({
    table: TOUTIAO_ERROR_TABLE,
    platform: 'toutiao',
    code: result.code,
    platformMessage: result.message,
    now: deps.now(),
  })
}

export type ToutiaoOauthClient = {
  exchangeCode(args: { code: string }): Promise<ToutiaoUserToken>
  refreshAccessToken(args: { refreshToken: string }): Promise<ToutiaoUserToken>
}

export function createToutiaoOauthClient(deps: Deps & { oauthBase: string; clientKey: string; clientSecret: string }): ToutiaoOauthClient {
  const tokenCall = async (label: string, path: string, fields: Record<string, string>): Promise<ToutiaoUserToken> => {
    const result = await send(deps, {
      label,
      url: `${deps.oauthBase}${path}`,
      body: { kind: 'form', fields },
      effect: 'read',
      schema: toutiaoTokenDataSchema,
    })
    if (result.code !== '0') throw fail(deps, result)
    const { data } = result.parse()
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
      tokenCall('toutiao oauth/access_token', '/oauth/access_token/', {
        client_key: deps.clientKey,
        client_secret: deps.clientSecret,
        code,
        grant_type: 'authorization_code',
      }),
    refreshAccessToken: ({ refreshToken }) =>
      tokenCall('toutiao oauth/refresh_token', '/oauth/refresh_token/', {
        client_key: deps.clientKey,
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      }),
  }
}

/** A video's running totals, as `/toutiao/video/data/` reports them. */
export type ToutiaoVideoStats = { itemId: string; plays: number; likes: number; comments: number; shares: number; reposts: number }

/** item_ids per video data call: the real limit is UNCERTAIN (Douyin's sibling call: keep ≤ 10, analytics.md §4.2). */
export const TOUTIAO_VIDEO_DATA_BATCH = 10

export type ToutiaoVideoClient = {
  uploadVideo(video: AssetBytes): Promise<string>
  createVideo(args: { videoId: string; text: string }): Promise<string>
  /** Counters of up to TOUTIAO_VIDEO_DATA_BATCH videos; ids the platform does not know are missing from the answer. */
  videoData(args: { itemIds: readonly string[] }): Promise<ToutiaoVideoStats[]>
}

export function createToutiaoVideoClient(
  deps: Deps & {
    apiBase: string
    credentials: ToutiaoCredentials
    tokens: TokenProvider
    oauth: ToutiaoOauthClient
  },
): ToutiaoVideoClient {
  const { credentials, tokens, oauth, now } = deps
  const key = `toutiao:${credentials.openId}`
  const seed: StoredToken = {
    value: credentials.accessToken,
    expiresAt: credentials.expiresAt ?? Number.MAX_SAFE_INTEGER,
    refreshToken: credentials.refreshToken,
    refreshExpiresAt: credentials.refreshExpiresAt,
  }
  const refresh = async (known: StoredToken): Promise<StoredToken> => {
    if (known.refreshToken === undefined || (known.refreshExpiresAt !== undefined && known.refreshExpiresAt <= now())) {
      throw new ReauthRequiredError({ message: '头条授权已过期且无法刷新，请重新授权该账号', platform: 'toutiao' })
    }
    const fresh = await oauth.refreshAccessToken({ refreshToken: known.refreshToken })
    return {
      value: fresh.value,
      expiresAt: fresh.expiresAt,
      refreshToken: fresh.refreshToken ?? known.refreshToken,
      refreshExpiresAt: fresh.refreshExpiresAt ?? known.refreshExpiresAt,
    }
  }
  const seedOrRefresh = async ({ current }: { current?: StoredToken }): Promise<StoredToken> => {
    // The account holds the newest grant (a rotated refresh token is written back to it): a cached
    // token from another grant means the account was connected again, and its old chain is dropped.
    const sameGrant = current !== undefined && (seed.refreshToken === undefined || current.refreshToken === seed.refreshToken)
    const known = sameGrant ? current : seed
    return known.expiresAt - 300_000 > now() ? known : refresh(known)
  }

  async function call<T>(spec: Omit<Call<T>, 'url' | 'headers'> & { path: string }): Promise<T> {
    const url = `${deps.apiBase}${spec.path}?open_id=${encodeURIComponent(credentials.openId)}`
    const attempt = (token: string) => send(deps, { ...spec, url, headers: { 'access-token': token } })
    const token = await tokens.get({ key, fetch: seedOrRefresh })
    let result = await attempt(token.value)
    if (TOUTIAO_TOKEN_ERROR_CODES.has(result.code)) {
      deps.logger.warn({ label: spec.label, errorCode: result.code }, 'toutiao token rejected; refreshing once')
      const fresh = await tokens.refresh({ key, rejected: token.value, fetch: ({ current }) => refresh(current ?? seed) })
      result = await attempt(fresh.value)
    }
    if (result.code !== '0') throw fail(deps, result)
    return result.parse()
  }

  return {
    async uploadVideo(video) {
      const reply = await call({
        label: 'toutiao video/upload',
        path: '/toutiao/video/upload/',
        effect: 'upload',
        schema: toutiaoUploadDataSchema,
        body: {
          kind: 'multipart',
          parts: [{ name: 'video', filename: video.filename, contentType: video.contentType, bytes: video.bytes }],
        },
      })
      return reply.data.video.video_id
    },
    async createVideo({ videoId, text }) {
      const reply = await call({
        label: 'toutiao video/create',
        path: '/toutiao/video/create/',
        effect: 'commit',
        schema: toutiaoCreateDataSchema,
        body: { kind: 'json', value: { video_id: videoId, text } },
      })
      return reply.data.item_id
    },
    async videoData({ itemIds }) {
      if (itemIds.length > TOUTIAO_VIDEO_DATA_BATCH) throw new Error(`video/data takes at most ${TOUTIAO_VIDEO_DATA_BATCH} item_ids`)
      const reply = await call({
        label: 'toutiao video/data',
        path: '/toutiao/video/data/',
        effect: 'read',
        schema: toutiaoVideoDataSchema,
        body: { kind: 'json', value: { item_ids: itemIds } },
      })
      return reply.data.list.map(({ item_id, statistics }) => ({
        itemId: item_id,
        plays: statistics.play_count,
        likes: statistics.digg_count,
        comments: statistics.comment_count,
        shares: statistics.share_count,
        reposts: statistics.forward_count,
      }))
    },
  }
}
