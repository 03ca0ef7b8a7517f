import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import type { Logger } from '../core/logger'
import { isoTime } from '../core/oauthFlow'
import type { OAuthFlow } from '../core/oauthFlow'
import { bytedanceAuthorizeUrl } from '../core/bytedance/authorizeUrl'
import { savingRefreshedTokens as savingBytedanceTokens } from '../core/bytedance/savingRefreshedTokens'
import { describeTokenExpiry } from '../core/tokens/tokenExpiry'
import type { PublishContext } from '../core/types'
import type { ToutiaoCredentials } from './accountSchemas'
import { createToutiaoOauthClient } from './client'
import type { ToutiaoOauthClient, ToutiaoUserToken } from './client'
import { resolveToutiaoHosts } from './config'
import type { ToutiaoConfig } from './config'

export const TOUTIAO_VIDEO_SCOPES = ['toutiao.video.create', 'toutiao.video.data'] as const

/** The user's authorisation page (toutiao.md §1.1). Pure. */
export function buildToutiaoAuthorizeUrl(args: {
  config: ToutiaoConfig
  clientKey: string
  redirectUri: string
  state: string
  scopes?: readonly string[]
}): string {
  return bytedanceAuthorizeUrl({
    page: `${resolveToutiaoHosts(args.config).oauthBase}/oauth/authorize/`,
    clientKey: args.clientKey,
    redirectUri: args.redirectUri,
    state: args.state,
    scopes: args.scopes ?? TOUTIAO_VIDEO_SCOPES,
  })
}

/** The callback's `code` → access token (15 days) and refresh token (30 days). */
export async function exchangeToutiaoCode(args: {
  config: ToutiaoConfig
  clientKey: string
  clientSecret: string
  code: string
  logger: Logger
  signal?: AbortSignal
  http?: HttpClient
  now?: () => number
}): Promise<ToutiaoUserToken> {
  const client = createToutiaoOauthClient({
    oauthBase: resolveToutiaoHosts(args.config).oauthBase,
    clientKey: args.clientKey,
    clientSecret: args.clientSecret,
    http: args.http ?? createHttpClient({ timeoutMs: args.config.timeoutMs }),
    logger: args.logger,
    signal: args.signal,
    now: args.now ?? Date.now,
  })
  return client.exchangeCode({ code: args.code })
}

/** What the admin shows: the access token refreshes itself; the account needs re-authorising when the refresh token ends. */
export function toutiaoTokenExpiry(args: {
  credentials: Pick<ToutiaoCredentials, 'expiresAt' | 'refreshExpiresAt' | 'refreshToken'>
  now: number
}) {
  const { credentials, now } = args
  const expiresAt = credentials.refreshToken === undefined ? credentials.expiresAt : credentials.refreshExpiresAt
  return describeTokenExpiry({ expiresAt, now, warnBeforeMs: 3 * 86_400_000 })
}

/** Each refreshed token is sealed back into the account before the cache sees it (core/bytedance). */
export function savingRefreshedTokens(args: {
  oauth: ToutiaoOauthClient
  ctx: Pick<PublishContext, 'onCredentialsRotated' | 'logger'>
}): ToutiaoOauthClient {
  return savingBytedanceTokens({ ...args, platform: 'toutiao' })
}

/** The connect flow oauthConnect runs for a Toutiao account: the client key and secret are the account's. */
export function createToutiaoOAuthFlow(config: ToutiaoConfig): OAuthFlow {
  return {
    authorizeUrl: ({ credentials, redirectUri, state }) =>
      credentials.clientKey ? buildToutiaoAuthorizeUrl({ config, clientKey: credentials.clientKey, redirectUri, state }) : undefined,
    async exchangeCode({ credentials, code, logger, signal }) {
      const token = await exchangeToutiaoCode({
        config,
        clientKey: credentials.clientKey ?? '',
        clientSecret: credentials.clientSecret ?? '',
        code,
        logger,
        signal,
      })
      return {
        accessToken: token.value,
        expiresAt: isoTime(token.expiresAt),
        openId: token.openId,
        refreshToken: token.refreshToken,
        refreshExpiresAt: isoTime(token.refreshExpiresAt),
      }
    },
  }
}
