import { randomBytes } from 'node:crypto'
import { beijingDay } from '../shared/clock'
import type { FakeReply, FakeRequest } from '../shared/fakeServer'
import type { WechatFakeState } from './state'

const rid = (): string => `${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`

/** WeChat answers errors with HTTP 200 and `{errcode, errmsg}`, errmsg carrying a ` rid: ...` suffix. */
export function wxError(code: number, message: string): FakeReply {
  return { json: { errcode: code, errmsg: `${message} rid: ${rid()}` } }
}

/** Counts one call against the endpoint's daily quota (45009 when exhausted). */
export function consumeQuota(state: WechatFakeState, request: FakeRequest): FakeReply | undefined {
  const limit = state.config.dailyQuotas[request.path]
  if (limit === undefined) return undefined
  const key = `${beijingDay(state.clock.now())} ${request.path}`
  const used = state.quotaUsed.get(key) ?? 0
  if (used >= limit) return wxError(45009, 'reach max api daily quota limit')
  state.quotaUsed.set(key, used + 1)
  return undefined
}
