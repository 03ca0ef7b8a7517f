import { bytedanceError, createBytedanceOauthClient, createBytedanceUserCaller, sendBytedance } from '../core/bytedance/client'
import type { BytedanceDeps, BytedanceOauthClient } from '../core/bytedance/client'
import { ReauthRequiredError } from '../core/errors'
import type { HttpClient } from '../core/http/httpClient'
import type { Logger } from '../core/logger'
import { reportRotatedCredentials } from '../core/tokens/rotatedCredentials'
import type { TokenProvider } from '../core/tokens/tokenProvider'
import type { StoredToken } from '../core/tokens/tokenStore'
import type { AssetBytes, PublishContext } from '../core/types'
import type { DouyinCredentials } from './accountSchemas'
import { DOUYIN_ERROR_TABLE, DOUYIN_TOKEN_ERROR_CODES } from './errorTable'
import { renewalDue } from './oauthPolicy'
import {
  douyinEmptyDataSchema,
  douyinInitPartUploadSchema,
  douyinItemSchema,
  douyinTicketSchema,
  douyinUploadImageSchema,
  douyinUploadVideoSchema,
  douyinVideoDataSchema,
  douyinVideoListSchema,
} from './replySchemas'
import type { DouyinVideo } from './replySchemas'

/** The one file that talks to open.douyin.com (douyin.md §1, §3, §6, analytics.md §4.2). */

type Deps = { http: HttpClient; logger: Logger; signal?: AbortSignal; now: () => number }

const douyinDeps = (deps: Deps): BytedanceDeps => ({ ...deps, platform: 'douyin', errorTable: DOUYIN_ERROR_TABLE })

export type DouyinOauthClient = BytedanceOauthClient

export function createDouyinOauthClient(deps: Deps & { apiBase: string; clientKey: string; clientSecret: string }): DouyinOauthClient {
  return createBytedanceOauthClient({
    ...douyinDeps(deps),
    oauthBase: deps.apiBase,
    clientKey: deps.clientKey,
    clientSecret: deps.clientSecret,
  })
}

const V1 = '/api/douyin/v1/video'

export type DouyinUserClient = {
  uploadVideo(video: AssetBytes): Promise<string>
  initPartUpload(): Promise<string>
  uploadVideoPart(args: { uploadId: string; partNumber: number; part: AssetBytes }): Promise<void>
  completePartUpload(args: { uploadId: string }): Promise<string>
  createVideo(args: { videoId: string; text: string; privateStatus: 0 | 1; coverImageId?: string }): Promise<string>
  uploadImage(image: AssetBytes): Promise<string>
  createImageText(args: { imageIds: readonly string[]; text: string }): Promise<string>
  /** One page of the account's own videos, newest first. */
  videoList(args: { cursor: number; count: number }): Promise<{ list: DouyinVideo[]; cursor: number; hasMore: boolean }>
  /** At most 10 item_ids; only public videos come back (analytics.md §4.2). */
  videoData(args: { itemIds: readonly string[] }): Promise<DouyinVideo[]>
}

/**
 * Token care for a user's calls: refreshed ahead of expiry; when the refresh token has under 15 days
 * left it is renewed first (each renewal gives 30 days, at most 5, douyin.md §1), and every new token
 * is sealed back into the account at once (after a renewal the old refresh token is dead).
 */
export function createDouyinUserClient(
  deps: Deps & {
    apiBase: string
    credentials: DouyinCredentials
    tokens: TokenProvider
    oauth: DouyinOauthClient
    ctx: Pick<PublishContext, 'onCredentialsRotated' | 'logger'>
  },
): DouyinUserClient {
  const { credentials, oauth, now, ctx } = deps
  let renewals = credentials.refreshRenewals ?? 0
  const seed: StoredToken = {
    value: credentials.accessToken,
    expiresAt: credentials.expiresAt ?? Number.MAX_SAFE_INTEGER,
    refreshToken: credentials.refreshToken,
    refreshExpiresAt: credentials.refreshExpiresAt,
    refreshRenewals: renewals,
  }
  const save = (token: StoredToken) =>
    reportRotatedCredentials({ onCredentialsRotated: ctx.onCredentialsRotated, logger: ctx.logger, platform: 'douyin', token })
  const refresh = async (known: StoredToken): Promise<StoredToken> => {
    if (known.refreshToken === undefined || (known.refreshExpiresAt !== undefined && known.refreshExpiresAt <= now())) {
      throw new ReauthRequiredError({ message: '抖音授权已过期（refresh_token 30 天到期），请重新连接该账号', platform: 'douyin' })
    }
    let chain = { refreshToken: known.refreshToken, refreshExpiresAt: known.refreshExpiresAt }
    if (renewalDue({ refreshExpiresAt: chain.refreshExpiresAt, renewals, now: now() })) {
      chain = await oauth.renewRefreshToken({ refreshToken: chain.refreshToken })
      renewals += 1
      deps.logger.info({ renewals }, 'douyin refresh token renewed')
      await save({ ...known, ...chain, refreshRenewals: renewals })
    }
    const fresh = await oauth.refreshAccessToken({ refreshToken: chain.refreshToken })
    // The refresh keeps the refresh token's own validity (douyin.md §1) although its reply repeats a
    // refresh_expires_in; only a new refresh token would carry a new expiry (UNCERTAIN: we keep ours).
    const token: StoredToken = {
      value: fresh.value,
      expiresAt: fresh.expiresAt,
      refreshToken: fresh.refreshToken ?? chain.refreshToken,
      refreshExpiresAt: fresh.refreshToken && fresh.refreshToken !== chain.refreshToken ? fresh.refreshExpiresAt : chain.refreshExpiresAt,
      refreshRenewals: renewals,
    }
    await save(token)
    return token
  }
  const call = createBytedanceUserCaller({
    ...douyinDeps(deps),
    apiBase: deps.apiBase,
    openId: credentials.openId,
    seed,
    tokens: deps.tokens,
    tokenErrorCodes: DOUYIN_TOKEN_ERROR_CODES,
    refresh,
  })
  const videoPart = (file: AssetBytes) => ({
    kind: 'multipart' as const,
    parts: [{ name: 'video', filename: file.filename, contentType: file.contentType, bytes: file.bytes }],
  })

  return {
    async uploadVideo(video) {
      const reply = await call({
        label: 'douyin video/upload_video',
        path: `${V1}/upload_video/`,
        effect: 'upload',
        schema: douyinUploadVideoSchema,
        body: videoPart(video),
      })
      return reply.data.video.video_id
    },
    async initPartUpload() {
      const reply = await call({
        label: 'douyin video/init_video_part_upload',
        path: `${V1}/init_video_part_upload/`,
        effect: 'upload',
        schema: douyinInitPartUploadSchema,
        body: { kind: 'json', value: {} },
      })
      return reply.data.upload_id
    },
    async uploadVideoPart({ uploadId, partNumber, part }) {
      await call({
        label: 'douyin video/upload_video_part',
        path: `${V1}/upload_video_part/`,
        query: { upload_id: uploadId, part_number: String(partNumber) },
        effect: 'upload',
        schema: douyinEmptyDataSchema,
        body: videoPart(part),
      })
    },
    async completePartUpload({ uploadId }) {
      const reply = await call({
        label: 'douyin video/complete_video_part_upload',
        path: `${V1}/complete_video_part_upload/`,
        query: { upload_id: uploadId },
        effect: 'upload',
        schema: douyinUploadVideoSchema,
        body: { kind: 'json', value: {} },
      })
      return reply.data.video.video_id
    },
    async createVideo({ videoId, text, privateStatus, coverImageId }) {
      const reply = await call({
        label: 'douyin video/create_video',
        path: `${V1}/create_video/`,
        effect: 'commit',
        schema: douyinItemSchema,
        body: {
          kind: 'json',
          value: {
            video_id: videoId,
            text,
            private_status: privateStatus,
            ...(coverImageId === undefined ? {} : { custom_cover_image_url: coverImageId }),
          },
        },
      })
      return reply.data.item_id
    },
    async uploadImage(image) {
      const reply = await call({
        label: 'douyin video/upload_image',
        path: `${V1}/upload_image/`,
        effect: 'upload',
        schema: douyinUploadImageSchema,
        body: {
          kind: 'multipart',
          parts: [{ name: 'image', filename: image.filename, contentType: image.contentType, bytes: image.bytes }],
        },
      })
      return reply.data.image.image_id
    },
    async createImageText({ imageIds, text }) {
      const reply = await call({
        label: 'douyin video/create_image_text',
        path: `${V1}/create_image_text/`,
        effect: 'commit',
        schema: douyinItemSchema,
        body: { kind: 'json', value: { image_list: imageIds, text } },
      })
      return reply.data.item_id
    },
    async videoList({ cursor, count }) {
      const reply = await call({
        label: 'douyin video/video_list',
        method: 'GET',
        path: `${V1}/video_list/`,
        query: { cursor: String(cursor), count: String(count) },
        effect: 'read',
        schema: douyinVideoListSchema,
      })
      return { list: reply.data.list, cursor: reply.data.cursor ?? 0, hasMore: reply.data.has_more ?? false }
    },
    async videoData({ itemIds }) {
      if (itemIds.length > 10) throw new Error('video_data takes at most 10 item_ids')
      const reply = await call({
        label: 'douyin video/video_data',
        path: `${V1}/video_data/`,
        effect: 'read',
        schema: douyinVideoDataSchema,
        body: { kind: 'json', value: { item_ids: itemIds } },
      })
      return reply.data.list
    },
  }
}

/** The share ticket (`/open/getticket/`, douyin.md §6) with the app's client token. */
export async function fetchDouyinTicket(deps: Deps & { apiBase: string; clientToken: string }): Promise<StoredToken> {
  const reply = await sendBytedance(douyinDeps(deps), {
    label: 'douyin open/getticket',
    method: 'GET',
    url: `${deps.apiBase}/open/getticket/`,
    headers: { 'access-token': deps.clientToken },
    effect: 'read',
    schema: douyinTicketSchema,
  })
  if (reply.code !== '0') throw bytedanceError(douyinDeps(deps), reply)
  const { data } = reply.parse()
  return { value: data.ticket, expiresAt: deps.now() + (data.expires_in ?? 7200) * 1000 }
}
