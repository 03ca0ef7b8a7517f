import type { Role } from '../access/roles'
import type { ReviewState } from './reviewStates'

/**
 * The review workflow of design.md §5 as one pure table: which event moves content from which
 * states to which, and who may fire it. No payload import; the endpoint applies it.
 */
export const REVIEW_EVENTS = ['submit', 'approve', 'request_changes', 'schedule', 'unschedule', 'archive', 'reopen'] as const
export type ReviewEvent = (typeof REVIEW_EVENTS)[number]

type Who = 'owner' | 'editorial'

export type ReviewRule = {
  from: readonly ReviewState[]
  to: ReviewState
  /** Any of these may fire it; admins always may. */
  who: readonly Who[]
  commentRequired?: boolean
  /** Blocking findings forbid it; with 'approve', `review` findings need a written acknowledgement. */
  findingsGate?: 'submit' | 'approve'
  label: { zh: string; en: string }
}

export const REVIEW_RULES: Record<ReviewEvent, ReviewRule> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', who: ['owner'], findingsGate: 'submit', label: { zh: '提交审核', en: 'Submit for review' } },
  approve: { from: ['in_review'], to: 'approved', who: ['editorial'], findingsGate: 'approve', label: { zh: '审核通过（定稿）', en: 'Approve' } },
  request_changes: { from: ['in_review', 'approved'], to: 'changes_requested', who: ['editorial'], commentRequired: true, label: { zh: '驳回修改', en: 'Request changes' } },
  schedule: { from: ['approved'], to: 'scheduled', who: ['editorial'], label: { zh: '排期', en: 'Schedule' } },
  unschedule: { from: ['scheduled'], to: 'approved', who: ['editorial'], label: { zh: '取消排期', en: 'Unschedule' } },
  archive: { from: ['draft', 'changes_requested', 'in_review', 'approved', 'published'], to: 'archived', who: ['editorial'], label: { zh: '归档', en: 'Archive' } },
  reopen: { from: ['archived', 'published'], to: 'draft', who: ['editorial'], label: { zh: '重新打开', en: 'Reopen' } },
}

export type ReviewActor = { id: string | number; role: Role | null }
export type Refusal = { status: 400 | 403; message: string }

export function isEditorialRole(role: Role | null): boolean {
  return role === 'admin' || role === 'editor'
}

/** Why `actor` may not fire `event` on content in `state` owned by `ownerId`, or null if they may. */
export function refusalFor(args: { event: ReviewEvent; state: ReviewState; actor: ReviewActor; ownerId: string | number | null }): Refusal | null {
  const rule = REVIEW_RULES[args.event]
  const { actor } = args
  const isOwner = args.ownerId !== null && String(args.ownerId) === String(actor.id)
  const allowed =
    actor.role === 'admin' || (rule.who.includes('owner') && isOwner) || (rule.who.includes('editorial') && isEditorialRole(actor.role))
  if (!allowed) {
    const who = rule.who.includes('owner') ? '内容负责人' : '编辑或管理员'
    return { status: 403, message: `只有${who}可以执行「${rule.label.zh}」。` }
  }
  if (args.event === 'approve' && isOwner && actor.role !== 'admin') {
    return { status: 403, message: '不能审核通过自己负责的内容：请让另一位编辑审核。' }
  }
  if (!rule.from.includes(args.state)) {
    return { status: 400, message: `当前状态不能执行「${rule.label.zh}」。` }
  }
  return null
}

/** The events `actor` may fire now: what the review bar shows as buttons. */
export function availableEvents(args: { state: ReviewState; actor: ReviewActor; ownerId: string | number | null }): ReviewEvent[] {
  return REVIEW_EVENTS.filter((event) => refusalFor({ ...args, event }) === null)
}
