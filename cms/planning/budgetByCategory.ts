import { BUDGET_CATEGORY_LABELS } from './planningLabels'

export type BudgetCategory = keyof typeof BUDGET_CATEGORY_LABELS
export type BudgetRow = { category: BudgetCategory; label: string; planned: number; spent: number }

/** Planned against spent per category (in the labels' order, only categories with lines), and the totals, in yuan. */
export function budgetByCategory(lines: readonly { category: BudgetCategory; planned: number; spent?: number | null }[]): {
  rows: BudgetRow[]
  total: { planned: number; spent: number }
} {
  const rows = (Object.keys(BUDGET_CATEGORY_LABELS) as BudgetCategory[]).flatMap((category) => {
    const mine = lines.filter((line) => line.category === category)
    if (mine.length === 0) return []
    return [
      {
        category,
        label: BUDGET_CATEGORY_LABELS[category].zh,
        planned: mine.reduce((sum, line) => sum + line.planned, 0),
        spent: mine.reduce((sum, line) => sum + (line.spent ?? 0), 0),
      },
    ]
  })
  return {
    rows,
    total: { planned: rows.reduce((sum, row) => sum + row.planned, 0), spent: rows.reduce((sum, row) => sum + row.spent, 0) },
  }
}
