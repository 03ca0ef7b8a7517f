import type { CollectionAfterChangeHook } from 'payload'
import type { Campaign } from '../../../payload-types'
import { budgetLineName, formatYuan, linesNowPending } from '../../../planning/budgetRule'
import { budgetLinesOf } from './budgetLinesOf'

/**
 * Tells every admin (but the one saving) once when a save leaves budget lines waiting for approval:
 * one message per save naming the campaign and each line with its amount.
 */
export const notifyPendingBudgetLines: CollectionAfterChangeHook<Campaign> = async ({ doc, previousDoc, operation, req }) => {
  const pending = linesNowPending({
    lines: budgetLinesOf(doc.budgetLines) ?? [],
    previousLines: operation === 'create' ? [] : (budgetLinesOf(previousDoc?.budgetLines) ?? []),
  })
  if (pending.length === 0) return doc
  const admins = await req.payload.find({
    collection: 'users',
    where: req.user ? { and: [{ role: { equals: 'admin' } }, { id: { not_equals: req.user.id } }] } : { role: { equals: 'admin' } },
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  const lines = pending.map((line) => `「${budgetLineName(line)}」${formatYuan(line.planned)}`).join('、')
  const message = `活动「${doc.name}」的预算项${lines}超过审批线，等待管理员批准。请在活动页的预算汇总里批准或不批准。`
  for (const admin of admins.docs) {
    await req.payload.create({
      collection: 'notifications',
      overrideAccess: true,
      req,
      data: { recipient: admin.id, kind: 'budget_pending', message, doc: { relationTo: 'campaigns', value: doc.id }, read: false },
    })
  }
  return doc
}
