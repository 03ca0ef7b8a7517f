import { BUDGET_CATEGORY_LABELS } from '../../planning/planningLabels'
import type { BudgetLine } from '../../planning/budgetRule'

type Category = keyof typeof BUDGET_CATEGORY_LABELS
export type BudgetTotalRow = { category: Category; label: string; planned: number; spent: number; over: boolean }
export type BudgetTotals = { rows: BudgetTotalRow[]; total: { planned: number; spent: number; over: boolean }; pending: BudgetLine[] }

/** Planned against spent per category (in the labels' order, only categories with lines) and in total; lines waiting for an admin. Pure. */
export function budgetTotals(lines: readonly BudgetLine[]): BudgetTotals {
  const sums = new Map<Category, { planned: number; spent: number }>()
  for (const line of lines) {
    const sum = sums.get(line.category) ?? { planned: 0, spent: 0 }
    sum.planned += line.planned
    sum.spent += line.spent ?? 0
    sums.set(line.category, sum)
  }
  const categories = Object.keys(BUDGET_CATEGORY_LABELS) as Category[]
  const rows = categories.flatMap((category) => {
    const sum = sums.get(category)
    return sum ? [{ category, label: BUDGET_CATEGORY_LABELS[category].zh, ...sum, over: sum.spent > sum.planned }] : []
  })
  const planned = rows.reduce((total, row) => total + row.planned, 0)
  const spent = rows.reduce((total, row) => total + row.spent, 0)
  return { rows, total: { planned, spent, over: spent > planned }, pending: lines.filter((line) => line.approval === 'pending') }
}
