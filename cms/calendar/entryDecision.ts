import type { ReviewState } from '../workflow/reviewStates'

/** What a calendar entry becomes, given its content's review state and the time. Pure. */
export type EntryDecision =
  { kind: 'refuse'; message: string } | { kind: 'schedule' } | { kind: 'wait'; entryState: 'planned' | 'waiting_approval' }

const WAITING: Partial<Record<ReviewState, 'planned' | 'waiting_approval'>> = {
  draft: 'planned',
  changes_requested: 'planned',
  in_review: 'waiting_approval',
}

export function decideEntry(args: {
  contentState: ReviewState
  publishAt: Date
  now: Date
  formatTime: (d: Date) => string
}): EntryDecision {
  if (Number.isNaN(args.publishAt.getTime()))
    return { kind: 'refuse', message: '发布时间无效：请重新选择日期和时间（通过接口提交时请写明时区，例如 2026-12-01T20:00:00+08:00）。' }
  if (args.publishAt.getTime() <= args.now.getTime()) {
    return { kind: 'refuse', message: `发布时间 ${args.formatTime(args.publishAt)} 已经过去：请选一个将来的时间。` }
  }
  if (args.contentState === 'archived') return { kind: 'refuse', message: '已归档的内容不能排期：请先重新打开。' }
  if (args.contentState === 'approved' || args.contentState === 'scheduled' || args.contentState === 'published')
    return { kind: 'schedule' }
  return { kind: 'wait', entryState: WAITING[args.contentState] ?? 'planned' }
}

/** The calendar shows the delivery's progress. */
export function entryStateForDelivery(deliveryState: string): string | null {
  const map: Record<string, string> = {
    queued: 'scheduled',
    sending: 'publishing',
    processing: 'publishing',
    manual: 'publishing',
    awaiting_operator: 'publishing',
    published: 'published',
    failed: 'failed',
    needs_reauth: 'failed',
    unconfirmed: 'failed',
  }
  return map[deliveryState] ?? null
}
