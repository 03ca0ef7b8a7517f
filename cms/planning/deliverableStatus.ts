import { APPROVED_STATES, type ReviewState } from '../workflow/reviewStates'

/** A checklist row's state, on the campaign's form and on its 复盘. */
export const DELIVERABLE_STATUS_LABELS = {
  done: { zh: '已完成', en: 'Done' },
  late: { zh: '已逾期', en: 'Late' },
  open: { zh: '进行中', en: 'Open' },
} as const
export type DeliverableStatus = keyof typeof DELIVERABLE_STATUS_LABELS

/**
 * A checklist row is done once the item that fulfils it holds an approval (定稿, 已排期 or 已发布); a
 * row not done after its due day is late, whether or not a draft is linked; else still open.
 */
export function deliverableStatus(args: { dueDay: string | null; itemState: ReviewState | null; today: string }): DeliverableStatus {
  if (args.itemState !== null && APPROVED_STATES.includes(args.itemState)) return 'done'
  return args.dueDay !== null && args.dueDay < args.today ? 'late' : 'open'
}
