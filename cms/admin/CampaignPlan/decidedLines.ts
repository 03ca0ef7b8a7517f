import type { BudgetApproval } from '../../planning/planningLabels'

type StoredLine = { id?: string | null; approval?: BudgetApproval | null; approvedBy?: unknown; approvedAt?: unknown } & Record<
  string,
  unknown
>

/**
 * The PATCH body for an admin's 批准/不批准 on one line: the stored lines as they are, that row's
 * approval changed. The stamp is left out (the server writes it). Null when the row is no longer stored.
 */
export function decidedLines(args: {
  stored: readonly StoredLine[]
  rowId: string
  approval: Extract<BudgetApproval, 'approved' | 'rejected'>
}): { budgetLines: Record<string, unknown>[] } | null {
  if (!args.stored.some((line) => line.id === args.rowId)) return null
  return {
    budgetLines: args.stored.map(({ approvedBy: _by, approvedAt: _at, ...line }) =>
      line.id === args.rowId ? { ...line, approval: args.approval } : line,
    ),
  }
}
