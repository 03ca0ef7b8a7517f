import { randomBytes } from 'node:crypto'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseFormBody } from '../shared/requestBody'
import { oauthReply } from './replies'
import { grantedScope } from './state'
import type { DouyinAuthorization, DouyinFakeState } from './state'

/**
 * douyin.md §1: the code, refresh, renewal and client-token endpoints, all form-encoded ("并非json，而是form").
 * A refresh token that was renewed away (or never existed) answers 10010 like an expired one: the only way on is
 * to authorise again (the exact code for "invalid" is UNCERTAIN).
 */
const missing = () => oauthReply({ code: 10005, description: '缺少参数' })
const wrongClient = () => oauthReply({ code: 10013, description: 'client_key 或 client_secret 错误' })

/** `GET /platform/oauth/connect/`: the user agrees at once and comes back with a one-time code. */
function connect(state: DouyinFakeState, request: FakeRequest): FakeReply {
  const redirectUri = request.query.get('redirect_uri')
  if (!redirectUri || !request.query.get('client_key') || request.query.get('response_type') !== 'code') return missing()
  if (request.query.get('client_key') !== state.config.clientKey) return oauthReply({ code: 10003, description: 'client_key 错误' })
  const registered = state.config.registeredRedirectUri
  if (registered !== undefined && registered !== redirectUri) return oauthReply({ code: 10006, description: 'redirect_uri 不在白名单' })
  const code = `C${randomBytes(8).toString('hex')}`
  state.codes.set(code, { redirectUri, used: false })
  const target = new URL(redirectUri)
  target.searchParams.set('code', code)
  const stateParam = request.query.get('state')
  if (stateParam !== null) target.searchParams.set('state', stateParam)
  target.searchParams.set('scopes', scopeOf(state))
  return { status: 302, location: target.toString() }
}

const scopeOf = (state: DouyinFakeState): string => grantedScope(state.config)

/** A new access token for the authorisation, or (still valid) the same one with a new expiry (§1 "refresh"). */
function accessTokenFor(state: DouyinFakeState, authorization: DouyinAuthorization): string {
  const expiresAt = state.clock.now() + state.config.accessTtlSeconds * 1000
  const current = authorization.accessToken === undefined ? undefined : state.accessTokens.get(authorization.accessToken)
  if (authorization.accessToken !== undefined && current !== undefined && current.expiresAt > state.clock.now()) {
    current.expiresAt = expiresAt
    return authorization.accessToken
  }
  const token = `act.${randomBytes(12).toString('hex')}`
  state.accessTokens.set(token, { authorization, expiresAt })
  authorization.accessToken = token
  return token
}

async function accessToken(state: DouyinFakeState, request: FakeRequest): Promise<FakeReply> {
  const { fields } = await parseFormBody(request)
  const code = fields.get('code')
  if (!code || !fields.get('client_key') || !fields.get('client_secret') || fields.get('grant_type') !== 'authorization_code')
    return missing()
  if (fields.get('client_key') !== state.config.clientKey || fields.get('client_secret') !== state.config.clientSecret) return wrongClient()
  const issued = state.codes.get(code)
  if (issued === undefined || issued.used) return oauthReply({ code: 10007, description: '授权码过期' })
  issued.used = true
  const now = state.clock.now()
  const authorization: DouyinAuthorization = { openId: state.config.openId, scope: scopeOf(state), renewals: 0 }
  const access = accessTokenFor(state, authorization)
  const refresh = `rft.${randomBytes(12).toString('hex')}`
  state.refreshTokens.set(refresh, { authorization, expiresAt: now + state.config.refreshTtlSeconds * 1000 })
  state.ledger.record({
    kind: 'access_token',
    data: { open_id: authorization.openId, access_token: access, refresh_token: refresh },
    at: now,
  })
  return {
    committed: true,
    ...oauthReply({
      data: {
        access_token: access,
        captcha: '',
        desc_url: '',
        expires_in: state.config.accessTtlSeconds,
        log_id: randomBytes(8).toString('hex'),
        open_id: authorization.openId,
        refresh_expires_in: state.config.refreshTtlSeconds,
        refresh_token: refresh,
        scope: authorization.scope,
      },
    }),
  }
}

/** The refresh token's grant if it is usable, else the reply that says why not. */
function liveRefresh(state: DouyinFakeState, token: string) {
  const grant = state.refreshTokens.get(token)
  if (grant === undefined) return { reply: oauthReply({ code: 10010, description: 'refresh_token 无效，请重新授权' }) }
  if (grant.expiresAt <= state.clock.now()) return { reply: oauthReply({ code: 10010, description: 'refresh_token 已过期，请重新授权' }) }
  return { grant }
}

/** Numbers as strings, as the doc's refresh example shows them (§1 "parse both"). */
async function refreshToken(state: DouyinFakeState, request: FakeRequest): Promise<FakeReply> {
  const { fields } = await parseFormBody(request)
  const token = fields.get('refresh_token')
  if (!token || !fields.get('client_key') || fields.get('grant_type') !== 'refresh_token') return missing()
  if (fields.get('client_key') !== state.config.clientKey) return oauthReply({ code: 10003, description: 'client_key 错误' })
  const { grant, reply } = liveRefresh(state, token)
  if (grant === undefined) return reply
  const now = state.clock.now()
  const access = accessTokenFor(state, grant.authorization)
  state.ledger.record({ kind: 'refresh_token', data: { open_id: grant.authorization.openId, access_token: access }, at: now })
  return {
    committed: true,
    ...oauthReply({
      data: {
        access_token: access,
        expires_in: String(state.config.accessTtlSeconds),
        open_id: grant.authorization.openId,
        refresh_expires_in: String(Math.floor((grant.expiresAt - now) / 1000)),
        refresh_token: token,
        scope: grant.authorization.scope,
      },
    }),
  }
}

/** A new 30-day refresh token; the old one dies; at most `maxRenewals` per authorisation (then 10020). */
async function renewRefreshToken(state: DouyinFakeState, request: FakeRequest): Promise<FakeReply> {
  const { fields } = await parseFormBody(request)
  const token = fields.get('refresh_token')
  if (!token || !fields.get('client_key')) return missing()
  if (fields.get('client_key') !== state.config.clientKey) return oauthReply({ code: 10003, description: 'client_key 错误' })
  const { grant, reply } = liveRefresh(state, token)
  if (grant === undefined) return reply
  const { authorization } = grant
  if (!authorization.scope.split(',').includes('renew_refresh_token')) return oauthReply({ code: 10004, description: '权限不足' })
  if (authorization.renewals >= state.config.maxRenewals) return oauthReply({ code: 10020, description: '超过刷新次数限制' })
  authorization.renewals += 1
  state.refreshTokens.delete(token)
  const renewed = `rft.${randomBytes(12).toString('hex')}`
  const now = state.clock.now()
  state.refreshTokens.set(renewed, { authorization, expiresAt: now + state.config.refreshTtlSeconds * 1000 })
  state.ledger.record({ kind: 'renew_refresh_token', data: { refresh_token: renewed, renewals: authorization.renewals }, at: now })
  return { committed: true, ...oauthReply({ data: { expires_in: String(state.config.refreshTtlSeconds), refresh_token: renewed } }) }
}

/** App-level token (`clt.`); the previous one stays valid for another 5 minutes. */
async function clientToken(state: DouyinFakeState, request: FakeRequest): Promise<FakeReply> {
  const { fields } = await parseFormBody(request)
  if (!fields.get('client_key') || !fields.get('client_secret') || fields.get('grant_type') !== 'client_credential') return missing()
  if (fields.get('client_key') !== state.config.clientKey || fields.get('client_secret') !== state.config.clientSecret) return wrongClient()
  const now = state.clock.now()
  for (const grant of state.clientTokens.values()) grant.expiresAt = Math.min(grant.expiresAt, now + 5 * 60_000)
  const token = `clt.${randomBytes(12).toString('hex')}`
  state.clientTokens.set(token, { expiresAt: now + state.config.clientTokenTtlSeconds * 1000 })
  state.ledger.record({ kind: 'client_token', data: { access_token: token }, at: now })
  return { committed: true, ...oauthReply({ data: { access_token: token, expires_in: state.config.clientTokenTtlSeconds } }) }
}

export function douyinOauthRoutes(state: DouyinFakeState): FakeRoute[] {
  return [
    { method: 'GET', path: '/platform/oauth/connect/', handle: (request) => connect(state, request) },
    { method: 'POST', path: '/oauth/access_token/', handle: (request) => accessToken(state, request) },
    { method: 'POST', path: '/oauth/refresh_token/', handle: (request) => refreshToken(state, request) },
    { method: 'POST', path: '/oauth/renew_refresh_token/', handle: (request) => renewRefreshToken(state, request) },
    { method: 'POST', path: '/oauth/client_token/', handle: (request) => clientToken(state, request) },
  ]
}
