import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { env } from '../../../../lib/env'
import { payloadSecret } from '../../../../lib/secrets'
import { signState, verifyState } from '../../../../lib/signedState'
import { buildToutiaoAuthorizeUrl, buildWeiboAuthorizeUrl, exchangeToutiaoCode, exchangeWeiboCode } from '../../../../publishers'
import { hasRole } from '../../../access/roles'
import { publishersConfig } from '../../../delivery/publishingRuntime'
import { readAccountCredentials } from '../../../secrets/readAccountCredentials'

const STATE_TTL_MS = 10 * 60 * 1000
const callbackUrl = () => `${env.serverUrl.replace(/\/$/, '')}/api/platform-accounts/oauth/callback`
const accountPage = (id: string | number, note: string) => `/admin/collections/platform-accounts/${id}?oauth=${encodeURIComponent(note)}`

function requireAdmin(req: PayloadRequest): void {
  if (!hasRole(req.user, 'admin')) throw new APIError('只有管理员可以连接平台账号。', 403, null, true)
}

/** GET /api/platform-accounts/:id/connect → the platform's authorisation page (Weibo, Toutiao). */
export const oauthStart: Endpoint = {
  path: '/:id/connect',
  method: 'get',
  handler: async (req) => {
    requireAdmin(req)
    const account = await req.payload.findByID({ collection: 'platform-accounts', id: String(req.routeParams?.id ?? ''), depth: 0, overrideAccess: true, disableErrors: true })
    if (!account) throw new APIError('账号不存在。', 404, null, true)
    const creds = await readAccountCredentials({ payload: req.payload, id: account.id })
    const state = signState({ subject: String(account.id), secret: payloadSecret(), ttlMs: STATE_TTL_MS })
    const config = publishersConfig()
    let url: string
    if (account.platform === 'weibo' && creds.appKey) url = buildWeiboAuthorizeUrl({ config: config.weibo ?? {}, appKey: creds.appKey, redirectUri: callbackUrl(), state })
    else if (account.platform === 'toutiao' && creds.clientKey) url = buildToutiaoAuthorizeUrl({ config: config.toutiao ?? {}, clientKey: creds.clientKey, redirectUri: callbackUrl(), state })
    else throw new APIError('请先填写并保存 App Key（微博）或 Client Key（头条），再连接授权。公众号不需要授权。', 400, null, true)
    return Response.redirect(url, 302)
  },
}

/** GET /api/platform-accounts/oauth/callback?code&state: stores the user token, sealed, and returns to the account page. */
export const oauthCallback: Endpoint = {
  path: '/oauth/callback',
  method: 'get',
  handler: async (req) => {
    requireAdmin(req)
    const code = req.searchParams.get('code')
    const verified = verifyState({ state: String(req.searchParams.get('state') ?? ''), secret: payloadSecret() })
    if ('error' in verified) throw new APIError(verified.error, 400, null, true)
    if (!code) throw new APIError(`平台没有返回授权码（${req.searchParams.get('error_description') ?? req.searchParams.get('error') ?? '用户取消了授权'}）。`, 400, null, true)
    const { payload } = req
    const account = await payload.findByID({ collection: 'platform-accounts', id: verified.subject, depth: 0, overrideAccess: true })
    const creds = await readAccountCredentials({ payload, id: account.id })
    const config = publishersConfig()
    const signal = AbortSignal.timeout(30_000)
    const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : undefined)
    let credentials: Record<string, string | undefined>
    if (account.platform === 'weibo') {
      const token = await exchangeWeiboCode({ config: config.weibo ?? {}, appKey: creds.appKey ?? '', appSecret: creds.appSecret ?? '', code, redirectUri: callbackUrl(), logger: payload.logger, signal })
      credentials = { accessToken: token.accessToken, expiresAt: iso(token.expiresAt), uid: token.uid }
    } else {
      const token = await exchangeToutiaoCode({ config: config.toutiao ?? {}, clientKey: creds.clientKey ?? '', clientSecret: creds.clientSecret ?? '', code, logger: payload.logger, signal })
      credentials = { accessToken: token.value, expiresAt: iso(token.expiresAt), openId: token.openId, refreshToken: token.refreshToken, refreshExpiresAt: iso(token.refreshExpiresAt) }
    }
    const until = credentials.expiresAt ? new Date(credentials.expiresAt).toLocaleString('zh-CN', { timeZone: env.APP_TIMEZONE, hour12: false }) : '未知'
    await payload.update({
      collection: 'platform-accounts',
      id: account.id,
      overrideAccess: true,
      data: { credentials, health: { status: 'ok', message: `已授权，有效期至 ${until}`, checkedAt: new Date().toISOString() } },
    })
    return Response.redirect(new URL(accountPage(account.id, '授权成功'), env.serverUrl).toString(), 302)
  },
}
