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
export const guardBudget: CollectionBeforeChangeHook<Campaign> = async ({ data, operation, originalDoc, req }) => {
  const lines = budgetLinesOf(data.budgetLines)
  if (lines === null || lines.length === 0) return data
  const ids = lines.flatMap((line) => (line.id ? [line.id] : []))
  if (new Set(ids).size !== ids.length) throw new APIError('预算项重复了（同一行提交了两次）：请刷新页面后再保存。', 400, null, true)
  // On create Payload passes a duplicate's source as originalDoc: its admin's decisions are not the copy's.
  const previousLines = operation === 'update' ? (budgetLinesOf(originalDoc?.budgetLines) ?? []) : []
  const actor: BudgetActor = !req.user
    ? { kind: 'system' }
    : hasRole(req.user, 'admin')
      ? { kind: 'admin', id: req.user.id }
      : { kind: 'member' }
  const result = applyBudgetRule({ lines, previousLines, threshold: await budgetThreshold(req), actor, now: new Date() })
  if (!result.ok) throw new APIError(result.message, 400, null, true)
  return { ...data, budgetLines: result.lines as Campaign['budgetLines'] }
}
