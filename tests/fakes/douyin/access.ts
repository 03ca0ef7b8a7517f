import type { FakeReply, FakeRequest } from '../shared/fakeServer'
import { DOUYIN_ERRORS, openReply } from './replies'
import type { DouyinFakeState } from './state'

/**
 * A resource call's user: header `access-token` (legacy: `access_token` query) plus query `open_id` (douyin.md §1).
 * `scope` names the capability the endpoint needs; `video.create.bind` follows `grantServerPublish` live, so a test
 * can take it away from an account that already holds tokens.
 */
export function callerOf(
  state: DouyinFakeState,
  request: FakeRequest,
  scope?: string,
): { openId: string; denied?: undefined } | { denied: FakeReply } {
  const token = String(request.headers['access-token'] ?? request.query.get('access_token') ?? '')
  const openId = request.query.get('open_id') ?? ''
  if (!token || !openId) return { denied: openReply(state, DOUYIN_ERRORS.missing) }
  const grant = state.accessTokens.get(token)
  if (grant === undefined) return { denied: openReply(state, DOUYIN_ERRORS.tokenInvalid) }
  if (grant.expiresAt <= state.clock.now()) return { denied: openReply(state, DOUYIN_ERRORS.tokenExpired) }
  if (grant.authorization.openId !== openId) return { denied: openReply(state, DOUYIN_ERRORS.openIdMismatch) }
  if (scope === 'video.create.bind' && !state.config.grantServerPublish) return { denied: openReply(state, DOUYIN_ERRORS.noCapability) }
  if (scope !== undefined && scope !== 'video.create.bind' && !grant.authorization.scope.split(',').includes(scope)) {
    return { denied: openReply(state, DOUYIN_ERRORS.noCapability) }
  }
  return { openId }
}

/** An app-level call (`/open/getticket/`): header `access-token` carrying a live client token. */
export function clientCallerProblem(state: DouyinFakeState, request: FakeRequest): FakeReply | undefined {
  const token = String(request.headers['access-token'] ?? request.query.get('access_token') ?? '')
  if (!token) return openReply(state, DOUYIN_ERRORS.missing)
  const grant = state.clientTokens.get(token)
  if (grant === undefined) return openReply(state, DOUYIN_ERRORS.tokenInvalid)
  if (grant.expiresAt <= state.clock.now()) return openReply(state, DOUYIN_ERRORS.tokenExpired)
  return undefined
}
