import { createBytedanceOauthClient, createBytedanceUserCaller } from '../core/bytedance/client'
import type { BytedanceDeps, BytedanceOauthClient, BytedanceUserToken } from '../core/bytedance/client'
import { ReauthRequiredError } from '../core/errors'
import type { HttpClient } from '../core/http/httpClient'
import type { Logger } from '../core/logger'
import type { TokenProvider } from '../core/tokens/tokenProvider'
import type { StoredToken } from '../core/tokens/tokenStore'
import type { AssetBytes } from '../core/types'
import type { ToutiaoCredentials } from './accountSchemas'
import { TOUTIAO_ERROR_TABLE, TOUTIAO_TOKEN_ERROR_CODES } from './errorTable'
import { toutiaoCreateDataSchema, toutiaoUploadDataSchema, toutiaoVideoDataSchema } from './replySchemas'

export type ToutiaoUserToken = BytedanceUserToken

type Deps = { http: HttpClient; logger: Logger; signal?: AbortSignal; now: () => number }

const toutiaoDeps = (deps: Deps): BytedanceDeps => ({ ...deps, platform: 'toutiao', errorTable: TOUTIAO_ERROR_TABLE })

/** Toutiao takes the shared ByteDance OAuth calls (toutiao.md §1.1); renewing a refresh token is UNCERTAIN there, so unused. */
export type ToutiaoOauthClient = Pick<BytedanceOauthClient, 'exchangeCode' | 'refreshAccessToken'>

export function createToutiaoOauthClient(deps: Deps & { oauthBase: string; clientKey: string; clientSecret: string }): ToutiaoOauthClient {
  return createBytedanceOauthClient({
    ...toutiaoDeps(deps),
    oauthBase: deps.oauthBase,
    clientKey: deps.clientKey,
    clientSecret: deps.clientSecret,
  })
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
  const { credentials, oauth, now } = deps
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
  const call = createBytedanceUserCaller({
    ...toutiaoDeps(deps),
    apiBase: deps.apiBase,
    openId: credentials.openId,
    seed,
    tokens: deps.tokens,
    tokenErrorCodes: TOUTIAO_TOKEN_ERROR_CODES,
    refresh,
  })

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
