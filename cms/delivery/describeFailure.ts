import { PublishError, type PublishErrorKind } from '../../publishers'
import type { DeliveryState } from './deliveryStates'

export type DeliveryError = { kind: string; code: string | null; message: string; action: string; retryable: boolean; at: string }

type Rule = { state: DeliveryState; action: string; retryable: boolean }

/** What each class of publisher error means for the delivery, and what the operator should do next. Data. */
const RULES: Record<PublishErrorKind, Rule> = {
  auth_expired: { state: 'needs_reauth', action: '账号授权已过期：在「平台账号」里重新授权或重新填写凭据后重试。', retryable: false },
  reauth_required: { state: 'needs_reauth', action: '账号需要重新授权：在「平台账号」里点击重新连接，然后重试。', retryable: false },
  rate_limited: { state: 'failed', action: '平台限流：稍后重试即可，不会重复发布。', retryable: true },
  quota_exceeded: { state: 'failed', action: '今日接口额度已用完：明天再发，或在平台后台手动发布。', retryable: false },
  content_rejected: { state: 'failed', action: '平台拒绝了内容：按提示修改后重新提交审核。', retryable: false },
  outcome_unknown: { state: 'unconfirmed', action: '平台可能已经收到：请先到平台后台核对是否已发出，再决定是否重试，切勿直接重发。', retryable: false },
  transient: { state: 'failed', action: '网络或平台暂时故障：可以安全重试。', retryable: true },
  config: { state: 'failed', action: '账号配置有误（如 IP 白名单、AppID）：在「平台账号」里检查并「测试连接」。', retryable: false },
  permission: { state: 'failed', action: '账号没有这项权限（如未认证的公众号不能群发）：在平台后台手动发布，或更换账号。', retryable: false },
  platform: { state: 'failed', action: '平台返回了未知错误：查看错误码，必要时联系平台客服。', retryable: false },
}

const UNEXPECTED: Rule = { state: 'failed', action: '系统内部错误：请把错误信息发给管理员。', retryable: false }

export function describeFailure(error: unknown, now = new Date()): { state: DeliveryState; lastError: DeliveryError } {
  const kind = error instanceof PublishError ? error.kind : 'internal'
  const rule = error instanceof PublishError ? RULES[error.kind] : UNEXPECTED
  const code = error instanceof PublishError && error.code !== undefined ? String(error.code) : null
  const message = error instanceof Error ? error.message : String(error)
  return { state: rule.state, lastError: { kind, code, message, action: rule.action, retryable: rule.retryable, at: now.toISOString() } }
}

/** A refusal decided before any platform call (findings, validation): nothing was sent. */
export function refusedBeforeSending(message: string, now = new Date()): { state: DeliveryState; lastError: DeliveryError } {
  return { state: 'failed', lastError: { kind: 'refused', code: null, message, action: '按提示修改内容，重新审核通过后再发布。', retryable: false, at: now.toISOString() } }
}
