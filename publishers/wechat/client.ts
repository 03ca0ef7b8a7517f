import type { ZodType, ZodTypeDef } from 'zod'
import { errorFromTable } from '../core/errorTable'
import type { ErrorTable } from '../core/errorTable'
import { decodeJsonReply, parseSuccessReply, unreadableReply } from '../core/http/decodeJsonReply'
import type { HttpBody, HttpClient, HttpEffect } from '../core/http/httpClient'
import type { Logger } from '../core/logger'
import type { TokenProvider } from '../core/tokens/tokenProvider'
import type { StoredToken } from '../core/tokens/tokenStore'
import type { AssetBytes } from '../core/types'
import type { WechatCredentials } from './accountSchemas'
import type { WechatDraftArticle } from './buildDraftArticle'
import {
  WECHAT_DATACUBE_ERROR_TABLE,
  WECHAT_ERROR_TABLE,
  WECHAT_MASS_ERROR_TABLE,
  WECHAT_TOKEN_ENDPOINT_TABLE,
  WECHAT_TOKEN_ERROR_CODES,
} from './errorTable'
import {
  addDraftReplySchema,
  addMaterialReplySchema,
  duplicateMassSendSchema,
  massPreviewReplySchema,
  massSendReplySchema,
  massStatusReplySchema,
  publishedListReplySchema,
  publishStatusReplySchema,
  stableTokenReplySchema,
  submitPublishReplySchema,
  uploadImageReplySchema,
  wechatEnvelopeSchema,
} from './replySchemas'
import type { WechatMassStatus, WechatPublishStatus } from './replySchemas'

/** What mass/sendall accepted: `duplicate` when WeChat answered 45065 (this clientmsgid was sent before) with the existing job's id. */
export type WechatMassSent = { msgId: string; msgDataId?: string; duplicate: boolean }

/** One mpnews mass message: the draft's media_id, to everyone or one follower tag, with our dedupe key. */
export type WechatMassMessage = { draftMediaId: string; tagId?: string; clientMsgId: string }

export type WechatClient = {
  fetchStableToken(args: { forceRefresh: boolean }): Promise<StoredToken>
  uploadBodyImage(image: AssetBytes): Promise<string>
  addCoverMaterial(args: { image: AssetBytes; type: 'image' | 'thumb' }): Promise<string>
  /** One draft holding every article, in order (element 0 is the headline card). */
  addDraft(articles: readonly WechatDraftArticle[]): Promise<string>
  /** draft/delete: idempotent on WeChat's side (deleting twice answers 0). */
  deleteDraft(draftMediaId: string): Promise<void>
  submitPublish(draftMediaId: string): Promise<{ publishId: string; msgDataId?: string }>
  getPublishStatus(publishId: string): Promise<WechatPublishStatus>
  countPublished(): Promise<number>
  sendMass(message: WechatMassMessage): Promise<WechatMassSent>
  previewMass(args: { draftMediaId: string; wxName: string }): Promise<{ msgId?: string }>
  getMassStatus(msgId: string): Promise<WechatMassStatus>
  /** One datacube report over `[beginDate, endDate]` (YYYY-MM-DD, Beijing), parsed with the report's schema. */
  readDatacube<T>(args: { name: string; beginDate: string; endDate: string; schema: ZodType<T, ZodTypeDef, unknown> }): Promise<T>
}

type Call<T> = {
  label: string
  method: 'GET' | 'POST'
  path: string
  query?: Record<string, string>
  body?: HttpBody
  effect: HttpEffect
  schema: ZodType<T, ZodTypeDef, unknown>
  /** The table that classifies this endpoint's error codes; the business table by default. */
  table?: ErrorTable
}

export function createWechatClient(deps: {
  apiBase: string
  http: HttpClient
  credentials: WechatCredentials
  tokens: TokenProvider
  logger: Logger
  signal: AbortSignal
  now: () => number
}): WechatClient {
  const { apiBase, http, credentials, tokens, logger, signal, now } = deps
  const tokenKey = `wechat:${credentials.appId}`

  /** The envelope's errcode (0 when absent); a non-object reply is unreadable. */
  function errcodeOf(args: { json: unknown; label: string; effect: HttpEffect }): { code: number; message: string } {
    const envelope = wechatEnvelopeSchema.safeParse(args.json)
    if (!envelope.success) throw unreadableReply({ ...args, platform: 'wechat', detail: 'not an object' })
    return { code: envelope.data.errcode ?? 0, message: envelope.data.errmsg ?? '' }
  }

  function failure(args: { table: ErrorTable; code: number; message: string; label: string }): Error {
    logger.warn({ label: args.label, errcode: args.code, errmsg: args.message }, 'wechat error reply')
    return errorFromTable({ table: args.table, platform: 'wechat', code: String(args.code), platformMessage: args.message, now: now() })
  }

  async function fetchStableToken({ forceRefresh }: { forceRefresh: boolean }): Promise<StoredToken> {
    const label = forceRefresh ? 'wechat stable_token (force)' : 'wechat stable_token'
    const reply = await http.send({
      label,
      method: 'POST',
      url: `${apiBase}/cgi-bin/stable_token`,
      effect: 'read',
      signal,
      logger,
      body: {
        kind: 'json',
        value: { grant_type: 'client_credential', appid: credentials.appId, secret: credentials.appSecret, force_refresh: forceRefresh },
      },
    })
    const json = decodeJsonReply({ reply, label, effect: 'read', platform: 'wechat' })
    const { code, message } = errcodeOf({ json, label, effect: 'read' })
    if (code !== 0) throw failure({ table: WECHAT_TOKEN_ENDPOINT_TABLE, code, message, label })
    const token = parseSuccessReply({ json, schema: stableTokenReplySchema, label, effect: 'read', platform: 'wechat' })
    return { value: token.access_token, expiresAt: now() + token.expires_in * 1000 }
  }

  /** Normal mode first; force mode only if normal mode hands back the very token the API just rejected. */
  async function replaceRejectedToken(rejected: string): Promise<StoredToken> {
    const fresh = await fetchStableToken({ forceRefresh: false })
    if (fresh.value !== rejected) return fresh
    logger.warn({ appId: credentials.appId }, 'stable_token normal mode returned the rejected token; forcing a refresh')
    return fetchStableToken({ forceRefresh: true })
  }

  /** The reply's JSON after the token dance; errcode ≠ 0 is left to the caller (see `call`). */
  async function exchange(spec: Omit<Call<unknown>, 'schema'>): Promise<{ json: unknown; code: number; message: string }> {
    const send = async (token: string) => {
      const reply = await http.send({
        label: spec.label,
        method: spec.method,
        url: `${apiBase}${spec.path}`,
        query: { ...spec.query, access_token: token },
        body: spec.body,
        effect: spec.effect,
        signal,
        logger,
      })
      const json = decodeJsonReply({ reply, label: spec.label, effect: spec.effect, platform: 'wechat' })
      return { json, ...errcodeOf({ json, label: spec.label, effect: spec.effect }) }
    }
    const token = await tokens.get({ key: tokenKey, fetch: () => fetchStableToken({ forceRefresh: false }) })
    let result = await send(token.value)
    if (WECHAT_TOKEN_ERROR_CODES.has(result.code)) {
      logger.warn({ label: spec.label, errcode: result.code }, 'wechat token rejected; refreshing once')
      const fresh = await tokens.refresh({ key: tokenKey, rejected: token.value, fetch: () => replaceRejectedToken(token.value) })
      result = await send(fresh.value)
    }
    return result
  }

  async function call<T>(spec: Call<T>): Promise<T> {
    const result = await exchange(spec)
    if (result.code !== 0) {
      throw failure({ table: spec.table ?? WECHAT_ERROR_TABLE, code: result.code, message: result.message, label: spec.label })
    }
    return parseSuccessReply({ json: result.json, schema: spec.schema, label: spec.label, effect: spec.effect, platform: 'wechat' })
  }

  /** sendall: 45065 is the success of an earlier attempt with the same clientmsgid, so its msg_id is adopted (wechat.md §9.8). */
  async function sendMass(message: WechatMassMessage): Promise<WechatMassSent> {
    const label = 'wechat message/mass/sendall'
    const filter = message.tagId === undefined ? { is_to_all: true } : { is_to_all: false, tag_id: Number(message.tagId) }
    const result = await exchange({
      label,
      method: 'POST',
      path: '/cgi-bin/message/mass/sendall',
      effect: 'commit',
      body: {
        kind: 'json',
        value: {
          filter,
          mpnews: { media_id: message.draftMediaId },
          msgtype: 'mpnews',
          // 0: stop when WeChat judges it a reprint, the platform's default; never force a reprint through.
          send_ignore_reprint: 0,
          clientmsgid: message.clientMsgId,
        },
      },
    })
    const duplicate = duplicateMassSendSchema.safeParse(result.json)
    if (duplicate.success) {
      logger.info({ label, msgId: duplicate.data.msg_id }, 'wechat mass send already exists for this clientmsgid; adopting it')
      return { msgId: duplicate.data.msg_id, duplicate: true }
    }
    if (result.code !== 0) throw failure({ table: WECHAT_MASS_ERROR_TABLE, code: result.code, message: result.message, label })
    const sent = parseSuccessReply({ json: result.json, schema: massSendReplySchema, label, effect: 'commit', platform: 'wechat' })
    return { msgId: sent.msg_id, msgDataId: sent.msg_data_id, duplicate: false }
  }

  const filePart = (image: AssetBytes) => ({ name: 'media', filename: image.filename, contentType: image.contentType, bytes: image.bytes })

  return {
    fetchStableToken,
    async uploadBodyImage(image) {
      const reply = await call({
        label: 'wechat media/uploadimg',
        method: 'POST',
        path: '/cgi-bin/media/uploadimg',
        effect: 'upload',
        body: { kind: 'multipart', parts: [filePart(image)] },
        schema: uploadImageReplySchema,
      })
      return reply.url
    },
    async addCoverMaterial({ image, type }) {
      const reply = await call({
        label: 'wechat material/add_material',
        method: 'POST',
        path: '/cgi-bin/material/add_material',
        query: { type },
        effect: 'upload',
        body: { kind: 'multipart', parts: [filePart(image)] },
        schema: addMaterialReplySchema,
      })
      return reply.media_id
    },
    async addDraft(articles) {
      const reply = await call({
        label: 'wechat draft/add',
        method: 'POST',
        path: '/cgi-bin/draft/add',
        effect: 'commit',
        body: { kind: 'json', value: { articles } },
        schema: addDraftReplySchema,
      })
      return reply.media_id
    },
    async deleteDraft(draftMediaId) {
      await call({
        label: 'wechat draft/delete',
        method: 'POST',
        path: '/cgi-bin/draft/delete',
        effect: 'read',
        body: { kind: 'json', value: { media_id: draftMediaId } },
        schema: wechatEnvelopeSchema,
      })
    },
    async submitPublish(draftMediaId) {
      const reply = await call({
        label: 'wechat freepublish/submit',
        method: 'POST',
        path: '/cgi-bin/freepublish/submit',
        effect: 'commit',
        body: { kind: 'json', value: { media_id: draftMediaId } },
        schema: submitPublishReplySchema,
      })
      return { publishId: reply.publish_id, msgDataId: reply.msg_data_id }
    },
    getPublishStatus(publishId) {
      return call({
        label: 'wechat freepublish/get',
        method: 'POST',
        path: '/cgi-bin/freepublish/get',
        effect: 'read',
        body: { kind: 'json', value: { publish_id: publishId } },
        schema: publishStatusReplySchema,
      })
    },
    async countPublished() {
      const reply = await call({
        label: 'wechat freepublish/batchget',
        method: 'POST',
        path: '/cgi-bin/freepublish/batchget',
        effect: 'read',
        body: { kind: 'json', value: { offset: 0, count: 1, no_content: 1 } },
        schema: publishedListReplySchema,
      })
      return reply.total_count
    },
    sendMass,
    async previewMass({ draftMediaId, wxName }) {
      const reply = await call({
        label: 'wechat message/mass/preview',
        method: 'POST',
        path: '/cgi-bin/message/mass/preview',
        effect: 'commit',
        body: { kind: 'json', value: { towxname: wxName, mpnews: { media_id: draftMediaId }, msgtype: 'mpnews' } },
        schema: massPreviewReplySchema,
        table: WECHAT_MASS_ERROR_TABLE,
      })
      return { msgId: reply.msg_id }
    },
    getMassStatus(msgId) {
      return call({
        label: 'wechat message/mass/get',
        method: 'POST',
        path: '/cgi-bin/message/mass/get',
        effect: 'read',
        body: { kind: 'json', value: { msg_id: msgId } },
        schema: massStatusReplySchema,
        table: WECHAT_MASS_ERROR_TABLE,
      })
    },
    readDatacube({ name, beginDate, endDate, schema }) {
      // The root path (analytics.md §2.1): `/cgi-bin/datacube/...` answers 404 in production.
      return call({
        label: `wechat datacube/${name}`,
        method: 'POST',
        path: `/datacube/${name}`,
        effect: 'read',
        body: { kind: 'json', value: { begin_date: beginDate, end_date: endDate } },
        schema,
        table: WECHAT_DATACUBE_ERROR_TABLE,
      })
    },
  }
}
