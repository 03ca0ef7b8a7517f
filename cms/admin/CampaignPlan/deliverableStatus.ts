import { zonedDate } from '../../../lib/zonedTime'
import { deliverableStatus, type DeliverableStatus } from '../../planning/deliverableStatus'
import type { ReviewState } from '../../workflow/reviewStates'

export type DeliverableInput = {
  title: string
  ownerName: string | null
  dueDate: string | null
  item: { relationTo: string; id: string | number; title: string | null; status: ReviewState | null } | null
}
export type DeliverableRow = DeliverableInput & { dueDay: string | null; state: DeliverableStatus }
export type DeliverableSummary = { rows: DeliverableRow[]; done: number; late: number; open: number }

/** The checklist on the campaign's form: each row's state by the one rule (deliverableStatus), due days in the team's zone. Pure. */
export function deliverableSummary(args: { deliverables: readonly DeliverableInput[]; now: Date; timeZone: string }): DeliverableSummary {
  const today = zonedDate({ at: args.now, timeZone: args.timeZone })
  const rows = args.deliverables.map((deliverable): DeliverableRow => {
    const dueDay = deliverable.dueDate ? zonedDate({ at: new Date(deliverable.dueDate), timeZone: args.timeZone }) : null
    return { ...deliverable, dueDay, state: deliverableStatus({ dueDay, itemState: deliverable.item?.status ?? null, today }) }
  })
  const count = (state: DeliverableStatus) => rows.filter((row) => row.state === state).length
  return { rows, done: count('done'), late: count('late'), open: count('open') }
}
