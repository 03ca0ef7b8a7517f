import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import type { Logger } from '../core/logger'
import { isoTime } from '../core/oauthFlow'
import type { OAuthFlow } from '../core/oauthFlow'
import { bytedanceAuthorizeUrl } from '../core/bytedance/authorizeUrl'
import type { BytedanceUserToken } from '../core/bytedance/client'
import { createDouyinOauthClient } from './client'
import { resolveDouyinHost } from './config'
import type { DouyinConfig } from './config'

/**
 * What the connect asks for (douyin.md §2): login, renewal of the refresh token, server publishing
 * and reading back our videos. An app without `video.create.bind` still connects (UNCERTAIN whether
 * the page refuses unknown scopes; the share hand-off needs no user grant at all).
 */
export const DOUYIN_SCOPES = ['user_info', 'renew_refresh_token', 'video.create.bind', 'video.list.bind', 'video.data.bind'] as const

/** The user's authorisation page, a QR code on PC (douyin.md §1). Pure. */
export function buildDouyinAuthorizeUrl(args: {
  config: DouyinConfig
  clientKey: string
  redirectUri: string
  state: string
  scopes?: readonly string[]
}): string {
  return bytedanceAuthorizeUrl({
    page: `${resolveDouyinHost(args.config)}/platform/oauth/connect/`,
    clientKey: args.clientKey,
    redirectUri: args.redirectUri,
    state: args.state,
    scopes: args.scopes ?? DOUYIN_SCOPES,
  })
}

/** The callback's `code` (single use) → access token (15 days) and refresh token (30 days), form-encoded. */
export async function exchangeDouyinCode(args: {
  config: DouyinConfig
  clientKey: string
  clientSecret: string
  code: string
  logger: Logger
  signal?: AbortSignal
  http?: HttpClient
  now?: () => number
}): Promise<BytedanceUserToken> {
  const client = createDouyinOauthClient({
    apiBase: resolveDouyinHost(args.config),
    clientKey: args.clientKey,
    clientSecret: args.clientSecret,
    http: args.http ?? createHttpClient({ timeoutMs: args.config.timeoutMs }),
    logger: args.logger,
    signal: args.signal,
    now: args.now ?? Date.now,
  })
  return client.exchangeCode({ code: args.code })
}

/** The connect flow oauthConnect runs for a Douyin account: the client key and secret are the account's (its app). */
export function createDouyinOAuthFlow(config: DouyinConfig): OAuthFlow {
  return {
    authorizeUrl: ({ credentials, redirectUri, state }) =>
      credentials.clientKey ? buildDouyinAuthorizeUrl({ config, clientKey: credentials.clientKey, redirectUri, state }) : undefined,
    async exchangeCode({ credentials, code, logger, signal }) {
      const token = await exchangeDouyinCode({
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

export { douyinGrantState, DOUYIN_TOKEN_LIFETIMES, renewalDue } from './oauthPolicy'
