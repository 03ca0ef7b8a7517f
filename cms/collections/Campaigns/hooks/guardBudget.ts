import { APIError, type CollectionBeforeChangeHook } from 'payload'
import type { Campaign } from '../../../payload-types'
import { hasRole } from '../../../access/roles'
import { applyBudgetRule, type BudgetActor } from '../../../planning/budgetRule'
import { budgetLinesOf } from './budgetLinesOf'
import { budgetThreshold } from './budgetThreshold'

/**
 * The budget rule on every save: a line above 策划设置's threshold waits for an admin, spending on
 * it is refused until approved, and an admin's decision is stamped here (the stamp fields take no
 * input). Non-admins' `approval` was already put back to the stored value by field access.
 */
export const guardBudget: CollectionBeforeChangeHook<Campaign> = async ({ data, originalDoc, req }) => {
  const lines = budgetLinesOf(data.budgetLines)
  if (lines === null || lines.length === 0) return data
  const previousLines = budgetLinesOf(originalDoc?.budgetLines) ?? []
  const actor: BudgetActor = !req.user
    ? { kind: 'system' }
    : hasRole(req.user, 'admin')
      ? { kind: 'admin', id: req.user.id }
      : { kind: 'member' }
  const result = applyBudgetRule({ lines, previousLines, threshold: await budgetThreshold(req), actor, now: new Date() })
  if (!result.ok) throw new APIError(result.message, 400, null, true)
  return { ...data, budgetLines: result.lines as Campaign['budgetLines'] }
}
