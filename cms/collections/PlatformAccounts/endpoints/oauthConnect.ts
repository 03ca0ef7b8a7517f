import { APIError } from 'payload'
import { env } from '../../../../lib/env'
import { payloadSecret } from '../../../../lib/secrets'
import { signState, verifyState } from '../../../../lib/signedState'
import { platformProfile, type PlatformId } from '../../../../lib/platforms'
import { oauthFlowFor } from '../../../../publishers'
import { publishersConfig } from '../../../delivery/publishingRuntime'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { readAccountCredentials } from '../../../secrets/readAccountCredentials'
import { CREDENTIAL_KEYS, CREDENTIAL_LABELS } from '../credentialKeys'
import { findForUser } from '../../../http/findForUser'

const STATE_TTL_MS = 10 * 60 * 1000
const callbackUrl = () => `${env.serverUrl.replace(/\/$/, '')}/api/platform-accounts/oauth/callback`
const accountPage = (id: string | number, note: string) => `/admin/collections/platform-accounts/${id}?oauth=${encodeURIComponent(note)}`

/** Why an account cannot be connected: its platform takes app credentials, or the app key the flow needs is missing. */
function connectRefusal(platform: PlatformId): string {
  const profile = platformProfile(platform)
  const { credentials } = profile
  if (credentials.kind !== 'oauth') return `${profile.shortLabel.zh}账号不需要授权，填写并保存凭据即可。`
  const key = CREDENTIAL_KEYS.find((candidate) => candidate === credentials.clientIdField)
  return `请先填写并保存 ${key ? CREDENTIAL_LABELS[key].zh : credentials.clientIdField}，再连接授权。`
}

/** GET /api/platform-accounts/:id/connect → the platform's authorisation page (Weibo, Toutiao). */
export const oauthStart = defineEndpoint({
  path: '/:id/connect',
  method: 'get',
  roles: ['admin'],
  refusal: '只有管理员可以连接平台账号。',
  handler: async ({ req, params }) => {
    const account = await findForUser({ req, collection: 'platform-accounts', id: params.id, missing: '账号不存在。' })
    const creds = await readAccountCredentials({ payload: req.payload, id: account.id })
    const state = signState({ subject: String(account.id), secret: payloadSecret(), ttlMs: STATE_TTL_MS })
    const flow = oauthFlowFor({ platform: account.platform, config: publishersConfig() })
    const url = flow?.authorizeUrl({ credentials: creds, redirectUri: callbackUrl(), state })
    if (url === undefined) throw new APIError(connectRefusal(account.platform), 400, null, true)
    return Response.redirect(url, 302)
  },
})

/** GET /api/platform-accounts/oauth/callback?code&state: stores the user token, sealed, and returns to the account page. */
export const oauthCallback = defineEndpoint({
  path: '/oauth/callback',
  method: 'get',
  // The platform sends the browser back cross-site, where the session cookie does not count (the
  // csrf origins): the signed, expiring state from oauthStart, which only an admin can get, is what
  // authorises this request. So the account is read and written as the system.
  roles: 'anyone',
  handler: async ({ req }) => {
    const code = req.searchParams.get('code')
    const verified = verifyState({ state: String(req.searchParams.get('state') ?? ''), secret: payloadSecret() })
    if ('error' in verified) throw new APIError(verified.error, 400, null, true)
    if (!code)
      throw new APIError(
        `平台没有返回授权码（${req.searchParams.get('error_description') ?? req.searchParams.get('error') ?? '用户取消了授权'}）。`,
        400,
        null,
        true,
      )
    const { payload } = req
    const account = await payload.findByID({ collection: 'platform-accounts', id: verified.subject, depth: 0, overrideAccess: true })
    const creds = await readAccountCredentials({ payload, id: account.id })
    const flow = oauthFlowFor({ platform: account.platform, config: publishersConfig() })
    if (flow === undefined) throw new APIError(connectRefusal(account.platform), 400, null, true)
    const credentials = await flow.exchangeCode({
      credentials: creds,
      code,
      redirectUri: callbackUrl(),
      logger: payload.logger,
      signal: AbortSignal.timeout(30_000),
    })
    const until = credentials.expiresAt
      ? new Date(credentials.expiresAt).toLocaleString('zh-CN', { timeZone: env.APP_TIMEZONE, hour12: false })
      : '未知'
    await payload.update({
      collection: 'platform-accounts',
      id: account.id,
      overrideAccess: true,
      data: { credentials, health: { status: 'ok', message: `已授权，有效期至 ${until}`, checkedAt: new Date().toISOString() } },
    })
    return Response.redirect(new URL(accountPage(account.id, '授权成功'), env.serverUrl).toString(), 302)
  },
})
