/** Planned against spent, per category: placeholder until the campaign plan lands. */
export function BudgetSummary() {
  return null
}
