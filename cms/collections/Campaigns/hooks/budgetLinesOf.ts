import { z } from 'zod'
import type { BudgetLine } from '../../../planning/budgetRule'
import { BUDGET_APPROVAL_LABELS, BUDGET_CATEGORY_LABELS } from '../../../planning/planningLabels'

const idOf = z.union([z.string(), z.number(), z.object({ id: z.union([z.string(), z.number()]) }).transform((user) => user.id)])

const lineSchema = z.object({
  id: z.string().nullish(),
  category: z.enum(Object.keys(BUDGET_CATEGORY_LABELS) as [keyof typeof BUDGET_CATEGORY_LABELS]),
  channel: z.string().nullish(),
  label: z.string().nullish(),
  planned: z.number().finite(),
  spent: z.number().finite().nullish(),
  approval: z.enum(Object.keys(BUDGET_APPROVAL_LABELS) as [keyof typeof BUDGET_APPROVAL_LABELS]).nullish(),
  approvedBy: idOf.nullish(),
  approvedAt: z.union([z.string(), z.date().transform((at) => at.toISOString())]).nullish(),
})

/**
 * A campaign's budget lines as the budget rule reads them, or null when a row is not yet valid:
 * the save's field validation, which runs after the hooks, refuses such a row with its own message.
 */
export function budgetLinesOf(value: unknown): BudgetLine[] | null {
  if (value === null || value === undefined) return []
  const parsed = z.array(lineSchema).safeParse(value)
  return parsed.success ? parsed.data : null
}
