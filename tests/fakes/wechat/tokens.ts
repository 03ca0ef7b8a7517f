import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { beijingDay } from '../shared/clock'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseJsonBody } from '../shared/requestBody'
import { consumeQuota, wxError } from './replies'
import type { FakeToken, WechatFakeState } from './state'

const OVERLAP_MS = 300_000
const FORCE_GAP_MS = 30_000
const FORCES_PER_DAY = 20

function issue(state: WechatFakeState, kind: string): FakeToken {
  state.seq += 1
  const now = state.clock.now()
  const token = {
    value: `FAKE_${kind}_${state.seq}_${randomBytes(24).toString('base64url')}`,
    expiresAt: now + state.config.tokenTtlSeconds * 1000,
  }
  state.ledger.record({ kind: 'token', data: { mode: kind }, at: now })
  return token
}

function tokenReply(state: WechatFakeState, token: FakeToken): FakeReply {
  return { json: { access_token: token.value, expires_in: Math.floor((token.expiresAt - state.clock.now()) / 1000) } }
}

function checkCredentials(state: WechatFakeState, args: { grantType?: unknown; appId?: unknown; secret?: unknown }): FakeReply | undefined {
  if (!state.config.ipAllowed) return wxError(40164, 'invalid ip 203.0.113.9 ipv6 ::ffff:203.0.113.9, not in whitelist')
  if (args.grantType !== 'client_credential') return wxError(40002, 'invalid grant_type')
  if (args.appId !== state.config.appId) return wxError(40013, 'invalid appid')
  if (args.secret !== state.config.appSecret) return wxError(40125, 'invalid appsecret')
  return undefined
}

const stableBodySchema = z.object({
  grant_type: z.unknown(),
  appid: z.unknown(),
  secret: z.unknown(),
  force_refresh: z.boolean().optional(),
})

/** stable_token: normal mode returns the same token while it has > 5 min left; force mode ≥ 30 s apart, 20/day. */
function stableToken(state: WechatFakeState, request: FakeRequest): FakeReply {
  const parsed = parseJsonBody(request.body)
  const body = parsed.ok ? stableBodySchema.safeParse(parsed.value) : undefined
  if (!body?.success) return wxError(47001, 'data format error')
  const denied = checkCredentials(state, { grantType: body.data.grant_type, appId: body.data.appid, secret: body.data.secret })
  if (denied) return denied
  const now = state.clock.now()
  if (body.data.force_refresh !== true) {
    if (state.stable && state.stable.expiresAt - now > OVERLAP_MS) return tokenReply(state, state.stable)
    state.stable = issue(state, 'stable')
    return tokenReply(state, state.stable)
  }
  const last = state.forceRefreshes[state.forceRefreshes.length - 1]
  if (last !== undefined && now - last < FORCE_GAP_MS) return wxError(45011, 'api minute-quota reach limit mustslower retry next minute')
  const today = state.forceRefreshes.filter((at) => beijingDay(at) === beijingDay(now)).length
  if (today >= FORCES_PER_DAY) return wxError(45009, 'reach max api daily quota limit')
  state.forceRefreshes.push(now)
  state.stable = issue(state, 'stable-force')
  return tokenReply(state, state.stable)
}

/** Classic token: each new one kills the previous after a 5-minute overlap. Isolated from stable tokens. */
function classicToken(state: WechatFakeState, request: FakeRequest): FakeReply {
  const denied = checkCredentials(state, {
    grantType: request.query.get('grant_type'),
    appId: request.query.get('appid'),
    secret: request.query.get('secret'),
  })
  if (denied) return denied
  const now = state.clock.now()
  const { current } = state.classic
  state.classic.previous = current ? { value: current.value, expiresAt: Math.min(current.expiresAt, now + OVERLAP_MS) } : undefined
  state.classic.current = issue(state, 'classic')
  return tokenReply(state, state.classic.current)
}

/** 41001 missing, 42001 expired, 40001 unknown or superseded. */
export function checkAccessToken(state: WechatFakeState, request: FakeRequest): FakeReply | undefined {
  const value = request.query.get('access_token')
  if (!value) return wxError(41001, 'access_token missing')
  const known = [state.stable, state.classic.current, state.classic.previous].find((token) => token?.value === value)
  if (known === undefined) return wxError(40001, 'invalid credential, access_token is invalid or not latest')
  if (known.expiresAt <= state.clock.now()) return wxError(42001, 'access_token expired')
  return undefined
}

/** Platform fault `expire-token`: every live token expires now (the next normal stable_token issues a new one). */
export function expireTokens(state: WechatFakeState): void {
  const past = state.clock.now() - 1
  for (const token of [state.stable, state.classic.current, state.classic.previous]) {
    if (token) token.expiresAt = past
  }
}

export function wechatTokenRoutes(state: WechatFakeState): FakeRoute[] {
  return [
    { method: 'POST', path: '/cgi-bin/stable_token', handle: (request) => consumeQuota(state, request) ?? stableToken(state, request) },
    { method: 'GET', path: '/cgi-bin/token', handle: (request) => consumeQuota(state, request) ?? classicToken(state, request) },
  ]
}
