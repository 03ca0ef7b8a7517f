import type { Role } from '../access/roles'
import type { ReviewState } from './reviewStates'

/**
 * The review workflow of design.md §5 as one pure table: which event moves content from which
 * states to which, and who fires it. No payload import; the transition endpoint applies the events
 * people fire, `applySystemTransition` the ones the system fires, and both write the review log.
 *
 * 排期 is a system event: a slot on the calendar is what schedules (it queues the delivery and moves
 * the content to 已排期). A manual 排期 only changed the label, with nothing queued to go out, so the
 * review bar no longer offers it; 取消排期 stays manual (it cancels what was queued).
 */
export const USER_EVENTS = ['submit', 'approve', 'request_changes', 'unschedule', 'archive', 'reopen'] as const
export const SYSTEM_EVENTS = ['schedule', 'published', 'edited_after_approval', 'edited_after_publishing'] as const
export const REVIEW_EVENTS = [...USER_EVENTS, ...SYSTEM_EVENTS] as const
export type ReviewEvent = (typeof REVIEW_EVENTS)[number]
export type SystemEvent = (typeof SYSTEM_EVENTS)[number]

type Who = 'owner' | 'editorial' | 'system'

export type ReviewRule = {
  from: readonly ReviewState[]
  to: ReviewState
  /** Any of these may fire it; admins always may, except `system` events, which no person fires. */
  who: readonly Who[]
  /** For system events: when the system fires it (the refusal tells people this). */
  firedWhen?: string
  commentRequired?: boolean
  /** Blocking findings forbid it; with 'approve', `review` findings need a written acknowledgement. */
  findingsGate?: 'submit' | 'approve'
  /** What it does to the public page: show the revision that went out, or take the page down. */
  publicPage?: 'shows_revision' | 'withdrawn'
  label: { zh: string; en: string }
}

export const REVIEW_RULES: Record<ReviewEvent, ReviewRule> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    who: ['owner'],
    findingsGate: 'submit',
    label: { zh: '提交审核', en: 'Submit for review' },
  },
  approve: {
    from: ['in_review'],
    to: 'approved',
    who: ['editorial'],
    findingsGate: 'approve',
    label: { zh: '审核通过（定稿）', en: 'Approve' },
  },
  request_changes: {
    from: ['in_review', 'approved'],
    to: 'changes_requested',
    who: ['editorial'],
    commentRequired: true,
    label: { zh: '驳回修改', en: 'Request changes' },
  },
  unschedule: { from: ['scheduled'], to: 'approved', who: ['editorial'], label: { zh: '取消排期', en: 'Unschedule' } },
  archive: {
    from: ['draft', 'changes_requested', 'in_review', 'approved', 'published'],
    to: 'archived',
    who: ['editorial'],
    publicPage: 'withdrawn',
    label: { zh: '归档', en: 'Archive' },
  },
  reopen: { from: ['archived', 'published'], to: 'draft', who: ['editorial'], label: { zh: '重新打开', en: 'Reopen' } },
  schedule: {
    from: ['approved'],
    to: 'scheduled',
    who: ['system'],
    firedWhen: '在日历上为已定稿的内容安排发布时间，系统即自动排期',
    label: { zh: '排期', en: 'Schedule' },
  },
  published: {
    from: ['approved', 'scheduled'],
    to: 'published',
    who: ['system'],
    firedWhen: '平台确认发布成功后，系统自动标记为已发布',
    publicPage: 'shows_revision',
    label: { zh: '已发布', en: 'Published' },
  },
  edited_after_approval: {
    from: ['approved', 'scheduled'],
    to: 'in_review',
    who: ['system'],
    firedWhen: '修改已定稿的内容时，系统自动退回审核',
    label: { zh: '定稿后修改，退回审核', en: 'Edited after approval' },
  },
  edited_after_publishing: {
    from: ['published'],
    to: 'in_review',
    who: ['system'],
    firedWhen: '修改已发布的内容时，系统自动退回审核，公开页面继续显示已发布的版本',
    label: { zh: '发布后修改，退回审核', en: 'Edited after publishing' },
  },
}

export type ReviewActor = { id: string | number; role: Role | null }
export type Refusal = { status: 400 | 403; message: string }

export function isEditorialRole(role: Role | null): boolean {
  return role === 'admin' || role === 'editor'
}

export function isSystemEvent(event: ReviewEvent): event is SystemEvent {
  return REVIEW_RULES[event].who.includes('system')
}

/** Why `actor` may not fire `event` on content in `state` owned by `ownerId`, or null if they may. */
export function refusalFor(args: {
  event: ReviewEvent
  state: ReviewState
  actor: ReviewActor
  ownerId: string | number | null
}): Refusal | null {
  const rule = REVIEW_RULES[args.event]
  const { actor } = args
  if (isSystemEvent(args.event)) return { status: 403, message: `「${rule.label.zh}」不能手动执行：${rule.firedWhen}。` }
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

/** Where a system event moves content in `state`, or null when it does not apply there. */
export function systemMove(args: { event: SystemEvent; state: ReviewState }): ReviewState | null {
  const rule = REVIEW_RULES[args.event]
  return rule.from.includes(args.state) ? rule.to : null
}

/** The event an edit of the reviewed content fires in `state`, or null when an edit changes no state. */
export function editEventFor(state: ReviewState): SystemEvent | null {
  const edits: SystemEvent[] = ['edited_after_approval', 'edited_after_publishing']
  return edits.find((event) => REVIEW_RULES[event].from.includes(state)) ?? null
}
