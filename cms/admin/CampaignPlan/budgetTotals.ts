import { budgetByCategory, type BudgetRow } from '../../planning/budgetByCategory'
import type { BudgetLine } from '../../planning/budgetRule'

export type BudgetTotalRow = BudgetRow & { over: boolean }
export type BudgetTotals = { rows: BudgetTotalRow[]; total: { planned: number; spent: number; over: boolean }; pending: BudgetLine[] }

/** The campaign form's budget: planned against spent per category and in total, overspend marked, lines waiting for an admin. Pure. */
export function budgetTotals(lines: readonly BudgetLine[]): BudgetTotals {
  const { rows, total } = budgetByCategory(lines)
  return {
    rows: rows.map((row) => ({ ...row, over: row.spent > row.planned })),
    total: { ...total, over: total.spent > total.planned },
    pending: lines.filter((line) => line.approval === 'pending'),
  }
}
