import { zonedDate } from '../../../lib/zonedTime'
import { DELIVERABLE_STATUS_LABELS, deliverableStatus, type DeliverableStatus } from '../../planning/deliverableStatus'
import type { ReviewState } from '../../workflow/reviewStates'

export type DeliverableState = DeliverableStatus
export type DeliverableInput = {
  title: string
  ownerName: string | null
  dueDate: string | null
  item: { relationTo: string; id: string | number; title: string | null; status: ReviewState | null } | null
}
export type DeliverableRow = DeliverableInput & { dueDay: string | null; state: DeliverableState }
export type DeliverableSummary = { rows: DeliverableRow[]; done: number; late: number; open: number }

export const DELIVERABLE_STATE_LABELS: Record<DeliverableState, string> = {
  done: DELIVERABLE_STATUS_LABELS.done.zh,
  late: DELIVERABLE_STATUS_LABELS.late.zh,
  open: DELIVERABLE_STATUS_LABELS.open.zh,
}

/** The checklist on the campaign's form: each row's state by the one rule (deliverableStatus), due days in the team's zone. Pure. */
export function deliverableSummary(args: { deliverables: readonly DeliverableInput[]; now: Date; timeZone: string }): DeliverableSummary {
  const today = zonedDate({ at: args.now, timeZone: args.timeZone })
  const rows = args.deliverables.map((deliverable): DeliverableRow => {
    const dueDay = deliverable.dueDate ? zonedDate({ at: new Date(deliverable.dueDate), timeZone: args.timeZone }) : null
    return { ...deliverable, dueDay, state: deliverableStatus({ dueDay, itemState: deliverable.item?.status ?? null, today }) }
  })
  const count = (state: DeliverableState) => rows.filter((row) => row.state === state).length
  return { rows, done: count('done'), late: count('late'), open: count('open') }
}
