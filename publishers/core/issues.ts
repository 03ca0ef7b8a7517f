import { ConfigError, ContentRejectedError } from './errors'
import { countChars, formatBytes } from './text'
import type { FixAt, IssueField, PlatformId, PublishIssue } from './types'

/** `label` is the Chinese name of the field, e.g. 标题; the message names the limit and the actual count. */
export function checkMaxChars(args: {
  field: IssueField
  label: string
  value: string | undefined
  limit: number | undefined
}): PublishIssue[] {
  const { field, label, value, limit } = args
  if (value === undefined || limit === undefined) return []
  const actual = countChars(value)
  if (actual <= limit) return []
  return [
    {
      field,
      code: 'too_long',
      severity: 'error',
      limit,
      actual,
      message: `${label}超过上限 ${limit} 字（当前 ${actual} 字）`,
    },
  ]
}

export function checkMaxBytes(args: {
  field: IssueField
  label: string
  byteLength: number | undefined
  limit: number | undefined
}): PublishIssue[] {
  const { field, label, byteLength, limit } = args
  if (byteLength === undefined || limit === undefined || byteLength <= limit) return []
  return [
    {
      field,
      code: 'too_large',
      severity: 'error',
      limit,
      actual: byteLength,
      message: `${label}超过上限 ${formatBytes(limit)}（当前 ${formatBytes(byteLength)}）`,
    },
  ]
}

export function requiredIssue(args: { field: IssueField; message: string }): PublishIssue {
  return { field: args.field, code: 'required', severity: 'error', message: args.message }
}

export function invalidIssue(args: { field: IssueField; message: string }): PublishIssue {
  return { field: args.field, code: 'invalid', severity: 'error', message: args.message }
}

/** A setting the platform account lacks or has wrong: fixed in the account, then retried; the content is fine. */
export function accountIssue(args: { code: 'required' | 'invalid'; message: string }): PublishIssue {
  return { field: 'settings', fixAt: 'account', code: args.code, severity: 'error', message: args.message }
}

const FIX_ORDER: readonly FixAt[] = ['content', 'account', 'platform', 'system']

/**
 * Where a set of problems is fixed: the content first (it goes back to review, so a retry cannot
 * help before that), then the account, then the platform.
 */
export function fixAtOf(issues: readonly Pick<PublishIssue, 'fixAt'>[]): FixAt {
  const present = new Set(issues.map((issue) => issue.fixAt ?? 'content'))
  return FIX_ORDER.find((where) => present.has(where)) ?? 'content'
}

/** publish() re-runs validate(): blocking issues stop it before any network call, as a content or an account problem. */
export function assertNoBlockingIssues(args: { issues: readonly PublishIssue[]; platform: PlatformId }): void {
  const blocking = args.issues.filter((issue) => issue.severity === 'error')
  if (blocking.length === 0) return
  const reason = blocking.map((issue) => issue.message).join('；')
  if (fixAtOf(blocking) === 'account') throw new ConfigError({ message: `账号设置不完整：${reason}`, platform: args.platform })
  throw new ContentRejectedError({ message: `发布前检查未通过：${reason}`, reason, issues: blocking, platform: args.platform })
}
