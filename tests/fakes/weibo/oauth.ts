import { randomBytes } from 'node:crypto'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseFormBody } from '../shared/requestBody'
import { oauthError, weiboError } from './replies'
import type { WeiboFakeState } from './state'

/** The user "consents" at once: 302 back to redirect_uri with a one-time code. */
function authorize(state: WeiboFakeState, request: FakeRequest): FakeReply {
  const redirectUri = request.query.get('redirect_uri') ?? ''
  if (request.query.get('client_id') !== state.config.appKey)
    return oauthError({ code: 21324, error: 'invalid_client', description: 'invalid client_id' })
  const registered = state.config.registeredRedirectUri
  if (!redirectUri || (registered !== undefined && registered !== redirectUri)) {
    return oauthError({ code: 21322, error: 'redirect_uri_mismatch', description: 'redirect_uri_mismatch' })
  }
  const code = `FAKECODE${randomBytes(8).toString('hex')}`
  state.codes.set(code, { redirectUri, used: false })
  const target = new URL(redirectUri)
  target.searchParams.set('code', code)
  const stateParam = request.query.get('state')
  if (stateParam !== null) target.searchParams.set('state', stateParam)
  return { status: 302, location: target.toString() }
}

async function accessToken(state: WeiboFakeState, request: FakeRequest): Promise<FakeReply> {
  const { fields } = await parseFormBody(request)
  if (fields.get('grant_type') !== 'authorization_code')
    return oauthError({ code: 21328, error: 'unsupported_grant_type', description: 'unsupported_grant_type' })
  if (fields.get('client_id') !== state.config.appKey || fields.get('client_secret') !== state.config.appSecret) {
    return oauthError({ code: 21324, error: 'invalid_client', description: 'invalid_client' })
  }
  const code = fields.get('code') ?? ''
  const issued = state.codes.get(code)
  if (issued === undefined || issued.used)
    return oauthError({ code: 21325, error: 'invalid_grant', description: `invalid authorization code:${code}` })
  if (issued.redirectUri !== fields.get('redirect_uri'))
    return oauthError({ code: 21322, error: 'redirect_uri_mismatch', description: 'redirect_uri_mismatch' })
  issued.used = true
  const token = `2.00FAKE${randomBytes(12).toString('hex')}`
  const now = state.clock.now()
  state.tokens.set(token, {
    uid: state.config.uid,
    appKey: state.config.appKey,
    createdAt: now,
    expiresAt: now + state.config.tokenTtlSeconds * 1000,
  })
  state.ledger.record({ kind: 'token', data: { uid: state.config.uid }, at: now })
  const ttl = state.config.tokenTtlSeconds
  return { json: { access_token: token, expires_in: ttl, remind_in: String(ttl), uid: state.config.uid } }
}

async function tokenInfo(state: WeiboFakeState, request: FakeRequest): Promise<FakeReply> {
  const { fields } = await parseFormBody(request)
  const token = state.tokens.get(fields.get('access_token') ?? '')
  const now = state.clock.now()
  if (token === undefined) return weiboError({ path: request.path, code: 21332, error: 'invalid_access_token' })
  if (token.expiresAt <= now) return weiboError({ path: request.path, code: 21327, error: 'expired_token' })
  return {
    json: {
      uid: Number(token.uid),
      appkey: token.appKey,
      scope: null,
      create_at: Math.floor(token.createdAt / 1000),
      expire_in: Math.floor((token.expiresAt - now) / 1000),
    },
  }
}

export function weiboOauthRoutes(state: WeiboFakeState): FakeRoute[] {
  return [
    { method: 'GET', path: '/oauth2/authorize', handle: (request) => authorize(state, request) },
    { method: 'POST', path: '/oauth2/access_token', handle: (request) => accessToken(state, request) },
    { method: 'POST', path: '/oauth2/get_token_info', handle: (request) => tokenInfo(state, request) },
  ]
}
