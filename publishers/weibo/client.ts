import type { ZodType, ZodTypeDef } from 'zod'
import { errorFromTable } from '../core/errorTable'
import { decodeJsonReply, parseSuccessReply } from '../core/http/decodeJsonReply'
import type { HttpBody, HttpClient, HttpEffect } from '../core/http/httpClient'
import type { Logger } from '../core/logger'
import type { AssetBytes } from '../core/types'
import { WEIBO_ACCEPTED_LATER_CODE, WEIBO_ERROR_TABLE } from './errorTable'
import { quoteLongIntegers } from './longIntegers'
import {
  weiboAccessTokenSchema,
  weiboErrorSchema,
  weiboStatusCountsSchema,
  weiboStatusSchema,
  weiboTokenInfoSchema,
  weiboUserSchema,
} from './replySchemas'

export type WeiboShareResult = { kind: 'posted'; idstr: string; uid?: string } | { kind: 'accepted-later' }
export type WeiboUserToken = { accessToken: string; expiresAt: number; uid: string }
export type WeiboTokenInfo = { uid: string; appKey: string; expiresAt?: number }
/** A post's counters; `idstr` exact (never through a JS number). */
export type WeiboStatusCount = { idstr: string; comments: number; reposts: number; attitudes: number }

/** statuses/count.json takes at most 100 ids per call (analytics.md §3). */
export const WEIBO_COUNT_BATCH = 100

export type WeiboClient = {
  share(args: { accessToken: string; status: string; rip: string; picture?: AssetBytes }): Promise<WeiboShareResult>
  exchangeCode(args: { appKey: string; appSecret: string; code: string; redirectUri: string }): Promise<WeiboUserToken>
  getTokenInfo(args: { accessToken: string }): Promise<WeiboTokenInfo>
  /** Counters of up to WEIBO_COUNT_BATCH posts; unknown or deleted ids are simply missing from the answer. */
  statusCounts(args: { accessToken: string; ids: readonly string[] }): Promise<WeiboStatusCount[]>
  showUser(args: { accessToken: string; uid: string }): Promise<{ followers: number }>
}

export function createWeiboClient(deps: {
  apiBase: string
  http: HttpClient
  logger: Logger
  signal?: AbortSignal
  now: () => number
}): WeiboClient {
  const { apiBase, http, logger, signal, now } = deps

  /** Weibo errors come with a non-200 status and a JSON body: always read the body (weibo.md §3). */
  async function call<T>(spec: {
    label: string
    method: 'GET' | 'POST'
    path: string
    query?: Record<string, string>
    body?: HttpBody
    effect: HttpEffect
    schema: ZodType<T, ZodTypeDef, unknown>
    /** The reply names posts by bare int64 numbers: quote them before parsing. */
    longIntegers?: boolean
  }): Promise<{ ok: true; value: T } | { ok: false; code: string }> {
    const sent = await http.send({
      label: spec.label,
      method: spec.method,
      url: `${apiBase}${spec.path}`,
      query: spec.query,
      body: spec.body,
      effect: spec.effect,
      signal,
      logger,
    })
    const reply = spec.longIntegers ? { ...sent, body: Buffer.from(quoteLongIntegers(sent.body.toString('utf8')), 'utf8') } : sent
    const json = decodeJsonReply({ reply, label: spec.label, effect: spec.effect, platform: 'weibo' })
    const error = weiboErrorSchema.safeParse(json)
    if (error.success) {
      const message = error.data.error_description ?? error.data.error ?? ''
      logger.warn({ label: spec.label, status: reply.status, errorCode: error.data.error_code, error: message }, 'weibo error reply')
      if (error.data.error_code === WEIBO_ACCEPTED_LATER_CODE) return { ok: false, code: error.data.error_code }
      throw errorFromTable({
        table: WEIBO_ERROR_TABLE,
        platform: 'weibo',
        code: error.data.error_code,
        platformMessage: message,
        now: now(),
      })
    }
    return { ok: true, value: parseSuccessReply({ json, schema: spec.schema, label: spec.label, effect: spec.effect, platform: 'weibo' }) }
  }

  return {
    async share({ accessToken, status, rip, picture }) {
      const fields = { access_token: accessToken, status, rip }
      const body: HttpBody =
        picture === undefined
          ? { kind: 'form', fields }
          : {
              kind: 'multipart',
              parts: [
                ...Object.entries(fields).map(([name, value]) => ({ name, value })),
                { name: 'pic', filename: picture.filename, contentType: picture.contentType, bytes: picture.bytes },
              ],
            }
      const result = await call({
        label: 'weibo statuses/share',
        method: 'POST',
        path: '/2/statuses/share.json',
        body,
        effect: 'commit',
        schema: weiboStatusSchema,
      })
      if (!result.ok) return { kind: 'accepted-later' }
      return { kind: 'posted', idstr: result.value.idstr, uid: result.value.user?.idstr }
    },
    async exchangeCode({ appKey, appSecret, code, redirectUri }) {
      const result = await call({
        label: 'weibo oauth2/access_token',
        method: 'POST',
        path: '/oauth2/access_token',
        effect: 'read',
        schema: weiboAccessTokenSchema,
        body: {
          kind: 'form',
          fields: { client_id: appKey, client_secret: appSecret, grant_type: 'authorization_code', code, redirect_uri: redirectUri },
        },
      })
      if (!result.ok) throw new Error('unreachable: 20032 on oauth2/access_token')
      return { accessToken: result.value.access_token, expiresAt: now() + result.value.expires_in * 1000, uid: result.value.uid }
    },
    async getTokenInfo({ accessToken }) {
      const result = await call({
        label: 'weibo oauth2/get_token_info',
        method: 'POST',
        path: '/oauth2/get_token_info',
        effect: 'read',
        schema: weiboTokenInfoSchema,
        body: { kind: 'form', fields: { access_token: accessToken } },
      })
      if (!result.ok) throw new Error('unreachable: 20032 on oauth2/get_token_info')
      const seconds = result.value.expire_in ?? result.value.expires_in
      return { uid: result.value.uid, appKey: result.value.appkey, expiresAt: seconds === undefined ? undefined : now() + seconds * 1000 }
    },
    async statusCounts({ accessToken, ids }) {
      if (ids.length > WEIBO_COUNT_BATCH) throw new Error(`statuses/count takes at most ${WEIBO_COUNT_BATCH} ids`)
      const result = await call({
        label: 'weibo statuses/count',
        method: 'GET',
        path: '/2/statuses/count.json',
        query: { access_token: accessToken, ids: ids.join(',') },
        effect: 'read',
        schema: weiboStatusCountsSchema,
        longIntegers: true,
      })
      if (!result.ok) throw new Error('unreachable: 20032 on statuses/count')
      return result.value.map((item) => ({
        idstr: item.idstr ?? item.id,
        comments: item.comments,
        reposts: item.reposts,
        attitudes: item.attitudes,
      }))
    },
    async showUser({ accessToken, uid }) {
      const result = await call({
        label: 'weibo users/show',
        method: 'GET',
        path: '/2/users/show.json',
        query: { access_token: accessToken, uid },
        effect: 'read',
        schema: weiboUserSchema,
      })
      if (!result.ok) throw new Error('unreachable: 20032 on users/show')
      return { followers: result.value.followers_count }
    },
  }
}
