import { errorSummary } from '../../lib/errorSummary'
import { PublishError, type PublishErrorKind } from '../../publishers'
import { fixAtOf } from '../../publishers/core/issues'
import type { FixAt } from '../../publishers/core/types'
import type { DeliveryState } from '../workflow/deliveryStates'

export type { FixAt }

/** What a delivery's `lastError` holds: a failure, or a note (cancelled, paused) that has nothing to fix. */
export type DeliveryError = {
  kind: string
  code: string | null
  message: string
  action: string
  retryable: boolean
  fixAt?: FixAt
  at: string
}

/** A failure always says where the fix is (`fixAt`); its `action` is the next step written for that place. */
export type DeliveryFailure = DeliveryError & { fixAt: FixAt }

/** The delivery's platform account (its record as loaded): named in the message, linked in the next step. */
export type FailedAccount = { id?: unknown; name?: unknown }

type Described = { state: DeliveryState; lastError: DeliveryFailure }

const text = (value: unknown): string | null => (typeof value === 'string' || typeof value === 'number' ? String(value) : null)

/** "Go to the account, do this, then retry", with the account's admin link when it is known. */
export function fixInAccount(args: { account?: FailedAccount; todo: string }): string {
  const name = text(args.account?.name)
  const id = text(args.account?.id)
  const where = `${name ? `「${name}」` : '这个账号'}${id ? `（/admin/collections/platform-accounts/${id}）` : ''}`
  return `到「平台账号」修复${where}：${args.todo}，然后点重试。`
}

const CONTENT_STEP = '修改内容后重新提交审核，审核通过后再发布。'
const SYSTEM_STEP = '系统内部错误：请把错误信息发给管理员。'

type Rule = { state: DeliveryState; retryable: boolean; action: (account?: FailedAccount) => string }

/** What each class of publisher error means for the delivery, and the next step where the fix is (FIX_AT_BY_KIND). Data. */
const RULES: Record<PublishErrorKind, Rule> = {
  auth_expired: {
    state: 'needs_reauth',
    retryable: false,
    action: (account) => `账号授权已过期。${fixInAccount({ account, todo: '重新授权或重新填写凭据' })}`,
  },
  reauth_required: {
    state: 'needs_reauth',
    retryable: false,
    action: (account) => `账号需要重新授权。${fixInAccount({ account, todo: '点「重新连接」重新授权' })}`,
  },
  config: {
    state: 'failed',
    retryable: false,
    action: (account) =>
      `账号配置有误（如凭据、IP 白名单、发布设置）。${fixInAccount({ account, todo: '按提示改好后点「测试连接」确认' })}`,
  },
  permission: {
    state: 'failed',
    retryable: false,
    action: (account) =>
      `账号没有这项权限（如未认证的公众号不能群发）：可以先在平台后台手动发布；或${fixInAccount({ account, todo: '开通权限或换一个有权限的账号' })}`,
  },
  content_rejected: { state: 'failed', retryable: false, action: () => `平台拒绝了内容：按提示${CONTENT_STEP}` },
  rate_limited: { state: 'failed', retryable: true, action: () => '平台限流：稍后重试即可，不会重复发布。' },
  quota_exceeded: { state: 'failed', retryable: false, action: () => '今日接口额度已用完：明天再发，或在平台后台手动发布。' },
  outcome_unknown: {
    state: 'unconfirmed',
    retryable: false,
    action: () => '平台可能已经收到：请先到平台后台核对是否已发出，再决定是否重试，切勿直接重发。',
  },
  transient: { state: 'failed', retryable: true, action: () => '网络或平台暂时故障：可以安全重试。' },
  platform: { state: 'failed', retryable: false, action: () => '平台返回了未知错误：查看错误码，稍后重试；一直不行就联系平台客服。' },
}

/** Names the account in a message about it (the notification may go to someone who manages several). */
const aboutAccount = (args: { message: string; fixAt: FixAt; account?: FailedAccount }): string => {
  const name = text(args.account?.name)
  return args.fixAt === 'account' && name ? `平台账号「${name}」：${args.message}` : args.message
}

export function describeFailure(error: unknown, options: { account?: FailedAccount; now?: Date } = {}): Described {
  const { account, now = new Date() } = options
  if (!(error instanceof PublishError)) {
    // A fault of ours, for the administrator: what failed and why, without a failed statement's values.
    const message = errorSummary(error)
    return {
      state: 'failed',
      lastError: { kind: 'internal', code: null, message, action: SYSTEM_STEP, retryable: false, fixAt: 'system', at: now.toISOString() },
    }
  }
  const message = error.message
  const rule = RULES[error.kind]
  const fixAt = error.fixAt
  return {
    state: rule.state,
    lastError: {
      kind: error.kind,
      code: error.code === undefined ? null : String(error.code),
      message: aboutAccount({ message, fixAt, account }),
      action: rule.action(account),
      retryable: rule.retryable,
      fixAt,
      at: now.toISOString(),
    },
  }
}

/**
 * Refusals decided before any platform call record a kind by where the fix is: only `refused` (the
 * content) is final for this revision; an account problem is `config`, retried once the account is fixed.
 */
const REFUSAL_KIND: Record<FixAt, string> = { content: 'refused', account: 'config', platform: 'platform', system: 'internal' }

const REFUSAL_STEP: Record<FixAt, (account?: FailedAccount) => string> = {
  content: () => `按提示${CONTENT_STEP}`,
  account: (account) => fixInAccount({ account, todo: '按提示补全账号设置' }),
  platform: () => '平台暂时不能发布：稍后点重试；一直不行就联系平台客服。',
  system: () => SYSTEM_STEP,
}

/** A refusal decided before any platform call (findings, validation, a missing record): nothing was sent. */
export function refusedBeforeSending(args: { message: string; fixAt: FixAt; account?: FailedAccount; now?: Date }): Described {
  const { fixAt, account, now = new Date() } = args
  return {
    state: 'failed',
    lastError: {
      kind: REFUSAL_KIND[fixAt],
      code: null,
      message: aboutAccount({ message: args.message, fixAt, account }),
      action: REFUSAL_STEP[fixAt](account),
      retryable: false,
      fixAt,
      at: now.toISOString(),
    },
  }
}

type Problem = { message: string; severity: string; fixAt?: FixAt }

/**
 * Blocking render and validation issues as one refusal, or null when none blocks. Recorded where the
 * first fix is (the content before the account); the next step lists every place that needs one.
 */
export function refusalOf(args: { problems: readonly Problem[]; account?: FailedAccount; now?: Date }): Described | null {
  const blocking = args.problems.filter((problem) => problem.severity === 'error')
  if (blocking.length === 0) return null
  const fixAt = fixAtOf(blocking)
  const refusal = refusedBeforeSending({
    message: blocking.map((problem) => problem.message).join('；'),
    fixAt,
    account: args.account,
    now: args.now,
  })
  const also = [...new Set(blocking.map((problem) => problem.fixAt ?? 'content'))].filter((where) => where !== fixAt)
  const action = [refusal.lastError.action, ...also.map((where) => `另外：${REFUSAL_STEP[where](args.account)}`)].join('')
  return { ...refusal, lastError: { ...refusal.lastError, action } }
}
