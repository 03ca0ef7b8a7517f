import { parseCredentials } from '../core/credentials'
import { PublishError } from '../core/errors'
import { createHttpClient } from '../core/http/httpClient'
import type { HttpClient } from '../core/http/httpClient'
import { capabilitiesOf } from '../core/publisher'
import type { Publisher } from '../core/publisher'
import type { PublishContext } from '../core/types'
import { weiboCredentialsSchema, weiboSettingsSchema } from './accountSchemas'
import type { WeiboSettings } from './accountSchemas'
import { createWeiboClient } from './client'
import type { WeiboClient } from './client'
import { WEIBO_BACK_OFFICE_URL, WEIBO_DEFAULT_API_BASE } from './config'
import type { WeiboConfig } from './config'
import { weiboTokenExpiry } from './oauth'
import { publishToWeibo } from './publish'
import { validateWeiboRequest } from './validate'

export function createWeiboPublisher(config: WeiboConfig & { http?: HttpClient } = {}): Publisher<WeiboSettings> {
  const apiBase = (config.apiBase ?? WEIBO_DEFAULT_API_BASE).replace(/\/+$/, '')
  const http = config.http ?? createHttpClient({ timeoutMs: config.timeoutMs })
  const clientFor = (ctx: PublishContext): WeiboClient =>
    createWeiboClient({ apiBase, http, logger: ctx.logger, signal: ctx.signal, now: ctx.now ?? Date.now })
  return {
    id: 'weibo',
    capabilities: capabilitiesOf({ publisher: 'weibo', backOfficeUrl: WEIBO_BACK_OFFICE_URL }),
    settingsSchema: weiboSettingsSchema,
    credentialsSchema: weiboCredentialsSchema,
    validate: validateWeiboRequest,
    publish: async ({ request, ctx }) => publishToWeibo({ request, ctx, client: clientFor(ctx) }),
    async testConnection({ ctx }) {
      const credentials = parseCredentials({ schema: weiboCredentialsSchema, value: ctx.credentials, platform: 'weibo' })
      try {
        const info = await clientFor(ctx).getTokenInfo({ accessToken: credentials.accessToken })
        const expiry = weiboTokenExpiry({
          credentials: { expiresAt: info.expiresAt ?? credentials.expiresAt },
          now: ctx.now?.() ?? Date.now(),
        })
        const days = expiry.msLeft === undefined ? '未知' : `${Math.floor(expiry.msLeft / 86_400_000)} 天`
        const appMatches = info.appKey === credentials.appKey
        return {
          ok: appMatches,
          canPublish: appMatches && expiry.state !== 'expired',
          checks: [
            {
              name: 'token',
              ok: true,
              message: `授权有效（用户 ${info.uid}），剩余 ${days}${expiry.state === 'expiring' ? '，即将过期，请重新授权' : ''}`,
            },
            { name: 'app', ok: appMatches, message: appMatches ? 'AppKey 与授权一致' : `授权属于另一个应用（${info.appKey}）` },
          ],
        }
      } catch (error) {
        const message = error instanceof PublishError ? error.message : String(error)
        return { ok: false, canPublish: false, checks: [{ name: 'token', ok: false, message }] }
      }
    },
  }
}

export { buildWeiboAuthorizeUrl, exchangeWeiboCode, weiboTokenExpiry } from './oauth'
export { createWeiboStatsCollector } from './stats'
export type { WeiboSettings, WeiboCredentials } from './accountSchemas'
export type { WeiboConfig } from './config'
