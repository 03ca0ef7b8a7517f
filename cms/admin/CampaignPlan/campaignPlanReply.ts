import { z } from 'zod'
import { REVIEW_STATES } from '../../workflow/reviewStates'
import { BUDGET_APPROVAL_LABELS, BUDGET_CATEGORY_LABELS } from '../../planning/planningLabels'
import type { BudgetLine } from '../../planning/budgetRule'
import type { DeliverableInput } from './deliverableStatus'

const id = z.union([z.string(), z.number()])
const user = z.union([id, z.object({ id, name: z.string().nullish(), email: z.string().nullish() })])
const item = z.object({
  relationTo: z.string(),
  // An item the reader may not open comes back as its id alone.
  value: z.union([id, z.object({ id, title: z.string().nullish(), status: z.enum(REVIEW_STATES).nullish() })]),
})
const line = z
  .object({
    id: z.string(),
    category: z.enum(Object.keys(BUDGET_CATEGORY_LABELS) as [keyof typeof BUDGET_CATEGORY_LABELS]),
    channel: z.string().nullish(),
    label: z.string().nullish(),
    planned: z.number(),
    spent: z.number().nullish(),
    approval: z.enum(Object.keys(BUDGET_APPROVAL_LABELS) as [keyof typeof BUDGET_APPROVAL_LABELS]).nullish(),
    approvedBy: user.nullish(),
    approvedAt: z.string().nullish(),
  })
  .passthrough()
const deliverable = z.object({
  title: z.string(),
  owner: user.nullish(),
  dueDate: z.string().nullish(),
  item: item.nullish(),
})
export const campaignPlanSchema = z.object({
  budgetLines: z.array(line).nullish(),
  deliverables: z.array(deliverable).nullish(),
})
export type StoredBudgetLine = z.infer<typeof line>

const CONTENT = ['articles', 'videos', 'posters', 'notes'] as const
/** The campaign with its lines' deciders, and each deliverable's owner and item (title and review state only). */
export function campaignPlanPath(campaignId: string | number): string {
  const populate = [
    'populate[users][name]=true',
    ...CONTENT.flatMap((slug) => [`populate[${slug}][title]=true`, `populate[${slug}][status]=true`]),
  ].join('&')
  return `/campaigns/${encodeURIComponent(String(campaignId))}?depth=1&select[budgetLines]=true&select[deliverables]=true&${populate}`
}

export function userName(value: z.infer<typeof user> | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? (value.name ?? value.email ?? `#${value.id}`) : `#${value}`
}

export function budgetLinesFrom(reply: z.infer<typeof campaignPlanSchema>): BudgetLine[] {
  return (reply.budgetLines ?? []).map((stored) => ({
    id: stored.id,
    category: stored.category,
    channel: stored.channel,
    label: stored.label,
    planned: stored.planned,
    spent: stored.spent,
    approval: stored.approval,
  }))
}

export function deliverablesFrom(reply: z.infer<typeof campaignPlanSchema>): DeliverableInput[] {
  return (reply.deliverables ?? []).map((row) => {
    const value = row.item?.value
    return {
      title: row.title,
      ownerName: userName(row.owner),
      dueDate: row.dueDate ?? null,
      item:
        row.item && value !== undefined
          ? typeof value === 'object'
            ? { relationTo: row.item.relationTo, id: value.id, title: value.title ?? null, status: value.status ?? null }
            : { relationTo: row.item.relationTo, id: value, title: null, status: null }
          : null,
    }
  })
}
