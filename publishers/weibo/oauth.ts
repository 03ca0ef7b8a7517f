import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import type { Logger } from '../core/logger'
import { isoTime } from '../core/oauthFlow'
import type { OAuthFlow } from '../core/oauthFlow'
import { describeTokenExpiry } from '../core/tokens/tokenExpiry'
import type { WeiboCredentials } from './accountSchemas'
import { createWeiboClient } from './client'
import type { WeiboUserToken } from './client'
import { WEIBO_DEFAULT_API_BASE } from './config'
import type { WeiboConfig } from './config'

const base = (config: WeiboConfig): string => (config.apiBase ?? WEIBO_DEFAULT_API_BASE).replace(/\/+$/, '')

/** Where to send the user to authorise the app (weibo.md §1.1). Pure. */
export function buildWeiboAuthorizeUrl(args: {
  config: WeiboConfig
  appKey: string
  redirectUri: string
  state: string
  scope?: string
  display?: 'default' | 'mobile' | 'wap' | 'client' | 'apponweibo'
  forceLogin?: boolean
}): string {
  const url = new URL(`${base(args.config)}/oauth2/authorize`)
  url.searchParams.set('client_id', args.appKey)
  url.searchParams.set('redirect_uri', args.redirectUri)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('state', args.state)
  if (args.scope) url.searchParams.set('scope', args.scope)
  if (args.display) url.searchParams.set('display', args.display)
  if (args.forceLogin) url.searchParams.set('forcelogin', 'true')
  return url.toString()
}

/** The callback's `code` → a user token with its expiry (no refresh token exists for web apps). */
export async function exchangeWeiboCode(args: {
  config: WeiboConfig
  appKey: string
  appSecret: string
  code: string
  redirectUri: string
  logger: Logger
  signal?: AbortSignal
  http?: HttpClient
  now?: () => number
}): Promise<WeiboUserToken> {
  const client = createWeiboClient({
    apiBase: base(args.config),
    http: args.http ?? createHttpClient({ timeoutMs: args.config.timeoutMs }),
    logger: args.logger,
    signal: args.signal,
    now: args.now ?? Date.now,
  })
  return client.exchangeCode({ appKey: args.appKey, appSecret: args.appSecret, code: args.code, redirectUri: args.redirectUri })
}

/** For the admin: "expires in …", "needs re-authorisation" one day ahead (weibo.md §1.2). */
export function weiboTokenExpiry(args: { credentials: Pick<WeiboCredentials, 'expiresAt'>; now: number }) {
  return describeTokenExpiry({ expiresAt: args.credentials.expiresAt, now: args.now, warnBeforeMs: 86_400_000 })
}

/** The connect flow oauthConnect runs for a Weibo account: the app key and secret are the account's. */
export function createWeiboOAuthFlow(config: WeiboConfig): OAuthFlow {
  return {
    authorizeUrl: ({ credentials, redirectUri, state }) =>
      credentials.appKey ? buildWeiboAuthorizeUrl({ config, appKey: credentials.appKey, redirectUri, state }) : undefined,
    async exchangeCode({ credentials, code, redirectUri, logger, signal }) {
      const token = await exchangeWeiboCode({
        config,
        appKey: credentials.appKey ?? '',
        appSecret: credentials.appSecret ?? '',
        code,
        redirectUri,
        logger,
        signal,
      })
      return { accessToken: token.accessToken, expiresAt: isoTime(token.expiresAt), uid: token.uid }
    },
  }
}
