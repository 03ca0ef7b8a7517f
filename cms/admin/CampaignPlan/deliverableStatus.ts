import { zonedDate } from '../../../lib/zonedTime'
import { APPROVED_STATES, type ReviewState } from '../../workflow/reviewStates'

export type DeliverableState = 'done' | 'late' | 'open'
export type DeliverableInput = {
  title: string
  ownerName: string | null
  dueDate: string | null
  item: { relationTo: string; id: string | number; title: string | null; status: ReviewState | null } | null
}
export type DeliverableRow = DeliverableInput & { dueDay: string | null; state: DeliverableState }
export type DeliverableSummary = { rows: DeliverableRow[]; done: number; late: number; open: number }

export const DELIVERABLE_STATE_LABELS: Record<DeliverableState, string> = { done: '已完成', late: '已逾期', open: '进行中' }

/**
 * A deliverable is done once its item is approved (定稿), scheduled or published; late when its due
 * day (in the team's zone) has passed without that; otherwise open. Pure.
 */
export function deliverableSummary(args: { deliverables: readonly DeliverableInput[]; now: Date; timeZone: string }): DeliverableSummary {
  const today = zonedDate({ at: args.now, timeZone: args.timeZone })
  const rows = args.deliverables.map((deliverable): DeliverableRow => {
    const dueDay = deliverable.dueDate ? zonedDate({ at: new Date(deliverable.dueDate), timeZone: args.timeZone }) : null
    const done = deliverable.item?.status != null && APPROVED_STATES.includes(deliverable.item.status)
    return { ...deliverable, dueDay, state: done ? 'done' : dueDay !== null && dueDay < today ? 'late' : 'open' }
  })
  const count = (state: DeliverableState) => rows.filter((row) => row.state === state).length
  return { rows, done: count('done'), late: count('late'), open: count('open') }
}
