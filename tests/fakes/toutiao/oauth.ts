import { randomBytes } from 'node:crypto'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseFormBody } from '../shared/requestBody'
import { oauthReply } from './replies'
import type { ToutiaoFakeState } from './state'

/**
 * Codes beyond 10005 (missing parameter) are UNCERTAIN for Toutiao and follow the Douyin convention:
 * 10007 code expired/used, 10008 refresh token invalid, 10010 refresh token expired, 10013 bad client credentials.
 */
function authorize(state: ToutiaoFakeState, request: FakeRequest): FakeReply {
  const redirectUri = request.query.get('redirect_uri')
  if (!redirectUri || !request.query.get('client_key')) return oauthReply({ code: 10005, description: '缺少参数' })
  if (request.query.get('client_key') !== state.config.clientKey) return oauthReply({ code: 10013, description: 'client_key 错误' })
  const registered = state.config.registeredRedirectUri
  if (registered !== undefined && registered !== redirectUri) return oauthReply({ code: 10002, description: '参数错误: redirect_uri' })
  const code = `C${randomBytes(8).toString('hex')}`
  state.codes.set(code, { redirectUri, used: false })
  const target = new URL(redirectUri)
  target.searchParams.set('code', code)
  const stateParam = request.query.get('state')
  if (stateParam !== null) target.searchParams.set('state', stateParam)
  return { status: 302, location: target.toString() }
}

function issue(
  state: ToutiaoFakeState,
  refreshToken?: string,
  grantType = refreshToken === undefined ? 'authorization_code' : 'refresh_token',
): FakeReply {
  const now = state.clock.now()
  const { config } = state
  const accessToken = `act.${randomBytes(12).toString('hex')}`
  state.accessTokens.set(accessToken, { openId: config.openId, scope: config.scope, expiresAt: now + config.accessTtlSeconds * 1000 })
  let refresh = refreshToken
  if (refresh === undefined) {
    refresh = `rft.${randomBytes(12).toString('hex')}`
    state.refreshTokens.set(refresh, { openId: config.openId, scope: config.scope, expiresAt: now + config.refreshTtlSeconds * 1000 })
  }
  const refreshGrant = state.refreshTokens.get(refresh)
  state.ledger.record({ kind: 'token', data: { grant: grantType }, at: now })
  return oauthReply({
    data: {
      access_token: accessToken,
      expires_in: config.accessTtlSeconds,
      refresh_token: refresh,
      refresh_expires_in: Math.floor(((refreshGrant?.expiresAt ?? now) - now) / 1000),
      open_id: config.openId,
      scope: config.scope,
    },
  })
}

async function accessToken(state: ToutiaoFakeState, request: FakeRequest): Promise<FakeReply> {
  const { fields } = await parseFormBody(request)
  const code = fields.get('code')
  if (!code || !fields.get('client_key') || !fields.get('client_secret') || fields.get('grant_type') !== 'authorization_code') {
    return oauthReply({ code: 10005, description: '缺少参数' })
  }
  if (fields.get('client_key') !== state.config.clientKey || fields.get('client_secret') !== state.config.clientSecret) {
    return oauthReply({ code: 10013, description: 'client_key 或 client_secret 错误' })
  }
  const issued = state.codes.get(code)
  if (issued === undefined || issued.used) return oauthReply({ code: 10007, description: '授权码已过期' })
  issued.used = true
  return issue(state)
}

async function refreshToken(state: ToutiaoFakeState, request: FakeRequest): Promise<FakeReply> {
  const { fields } = await parseFormBody(request)
  const token = fields.get('refresh_token')
  if (!token || !fields.get('client_key') || fields.get('grant_type') !== 'refresh_token')
    return oauthReply({ code: 10005, description: '缺少参数' })
  if (fields.get('client_key') !== state.config.clientKey) return oauthReply({ code: 10013, description: 'client_key 错误' })
  const grant = state.refreshTokens.get(token)
  if (grant === undefined) return oauthReply({ code: 10008, description: 'refresh_token 无效' })
  if (grant.expiresAt <= state.clock.now()) return oauthReply({ code: 10010, description: 'refresh_token 已过期' })
  if (!state.config.rotateRefreshToken) return issue(state, token)
  state.refreshTokens.delete(token)
  return issue(state, undefined, 'refresh_token')
}

export function toutiaoOauthRoutes(state: ToutiaoFakeState): FakeRoute[] {
  return [
    { method: 'GET', path: '/oauth/authorize/', handle: (request) => authorize(state, request) },
    { method: 'POST', path: '/oauth/access_token/', handle: (request) => accessToken(state, request) },
    { method: 'POST', path: '/oauth/refresh_token/', handle: (request) => refreshToken(state, request) },
  ]
}
