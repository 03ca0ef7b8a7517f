import type { FakeClock } from '../shared/clock'
import type { Ledger } from '../shared/ledger'
import type { DouyinFakeConfig } from './config'

/** One authorisation: its refresh token chain shares the renewal count; `accessToken` is the one it handed out last. */
export type DouyinAuthorization = { openId: string; scope: string; renewals: number; accessToken?: string }
export type DouyinAccessGrant = { authorization: DouyinAuthorization; expiresAt: number }
export type DouyinRefreshGrant = { authorization: DouyinAuthorization; expiresAt: number }

export type DouyinUploadedVideo = { openId: string; bytes: number; width: number; height: number; usedBy?: string }
export type DouyinUploadedImage = { openId: string; bytes: number; width: number; height: number }
export type DouyinPartUpload = { openId: string; createdAt: number; parts: Map<number, number>; completed: boolean }

/** A published item (video or 图集) as the platform keeps it. */
export type DouyinItem = {
  itemId: string
  openId: string
  /** 4 视频, 2 图集 (analytics.md §4.2). */
  mediaType: 2 | 4
  text: string
  createdAt: number
  privateStatus: number
  videoId?: string
  imageIds?: string[]
  /** video_data answers that included it so far (the review ends after `reviewPollsUntilPublished`). */
  polls: number
}

export type DouyinFakeState = {
  config: DouyinFakeConfig
  clock: FakeClock
  ledger: Ledger
  seq: number
  accessTokens: Map<string, DouyinAccessGrant>
  refreshTokens: Map<string, DouyinRefreshGrant>
  clientTokens: Map<string, { expiresAt: number }>
  tickets: Map<string, { expiresAt: number }>
  codes: Map<string, { redirectUri?: string; used: boolean }>
  videos: Map<string, DouyinUploadedVideo>
  images: Map<string, DouyinUploadedImage>
  partUploads: Map<string, DouyinPartUpload>
  /** Newest last. */
  items: DouyinItem[]
}

export function createDouyinState(args: { config: DouyinFakeConfig; clock: FakeClock; ledger: Ledger }): DouyinFakeState {
  const state: DouyinFakeState = {
    ...args,
    seq: 0,
    accessTokens: new Map(),
    refreshTokens: new Map(),
    clientTokens: new Map(),
    tickets: new Map(),
    codes: new Map(args.config.authCodes.map((code) => [code, { used: false }])),
    videos: new Map(),
    images: new Map(),
    partUploads: new Map(),
    items: [],
  }
  const now = args.clock.now()
  const authorization: DouyinAuthorization = { openId: args.config.openId, scope: grantedScope(args.config), renewals: 0 }
  const { seedAccessToken, seedRefreshToken } = args.config
  if (seedAccessToken) {
    state.accessTokens.set(seedAccessToken, { authorization, expiresAt: now + args.config.accessTtlSeconds * 1000 })
    authorization.accessToken = seedAccessToken
  }
  if (seedRefreshToken) state.refreshTokens.set(seedRefreshToken, { authorization, expiresAt: now + args.config.refreshTtlSeconds * 1000 })
  return state
}

/** What a grant says it covers; `video.create.bind` itself is checked against the live config on each create. */
export function grantedScope(config: DouyinFakeConfig): string {
  return config.grantServerPublish ? `${config.scope},video.create.bind` : config.scope
}

/** A fresh id: a counter (deterministic order) plus randomness (never equal across resets). */
export function nextId(state: DouyinFakeState, prefix: string): string {
  state.seq += 1
  return `${prefix}${state.seq}x${Math.random().toString(36).slice(2, 8)}`
}

/** The public link we show for an item: our policy, UNCERTAIN (contracts: `www.douyin.com/video/<item_id without @ and =>`). */
export function douyinShareUrl(itemId: string): string {
  return `https://www.douyin.com/video/${itemId.replace(/[@=]/g, '')}`
}
