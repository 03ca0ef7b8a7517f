import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { assignedAccounts } from '../../../access/accountAssignment'
import { type AccountAction, requireAccountAssignment } from '../../../access/accountRefusal'
import { contentRefOf, relationId } from '../../../content'
import { APPROVED_STATES, REVIEW_STATE_LABELS } from '../../../workflow/reviewStates'

type Loose = Record<string, unknown>
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null

/**
 * An operator (内容运营) schedules only on the accounts assigned to them, and only approved content:
 * creating a slot (also duplicating one, and each slot of a batch), moving a slot to another account,
 * and changing or deleting a slot that sits on an account not theirs are refused with the account's
 * name. It runs before Payload's access check, and only at the API's doors (REST, GraphQL, endpoints
 * that act for a user): the product's own writes (a slot's state) pass `overrideAccess`. The
 * collection's access (accountScope) still filters updates and deletes by query to assigned accounts.
 */
export const guardAssignedAccounts: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess === true) return args
  const assigned = assignedAccounts(req.user)
  // Editors and admins act on every account; other roles are refused by the collection's access.
  if (assigned === 'all' || assigned === 'none') return args
  const data = 'data' in args && isRecord(args.data) ? args.data : {}
  const id = 'id' in args ? args.id : undefined
  if (operation === 'create') {
    const duplicateOf = 'duplicateFromID' in args ? args.duplicateFromID : undefined
    const source = duplicateOf ? await storedEntry({ req, id: duplicateOf }) : null
    await requireOn({ req, account: 'account' in data ? data.account : source?.account, action: 'schedule' })
    await requireApprovedContent({ req, content: 'content' in data ? data.content : source?.content })
    return args
  }
  if (operation !== 'update' && operation !== 'delete') return args
  if (id !== undefined && id !== null) {
    const stored = await storedEntry({ req, id })
    if (stored) await requireOn({ req, account: stored.account, action: 'reschedule' })
  }
  if (operation === 'update') {
    if ('account' in data && data.account !== null && data.account !== undefined && data.account !== '')
      await requireOn({ req, account: data.account, action: 'schedule' })
    if ('content' in data) await requireApprovedContent({ req, content: data.content })
  }
  return args
}

async function requireOn(args: { req: PayloadRequest; account: unknown; action: AccountAction }): Promise<void> {
  // No account at all is the field's own error (排期要选择一个发布账号), not this one.
  if (args.account === null || args.account === undefined || args.account === '') return
  await requireAccountAssignment(args)
}

async function storedEntry(args: { req: PayloadRequest; id: unknown }): Promise<{ account: unknown; content: unknown } | null> {
  if (typeof args.id !== 'string' && typeof args.id !== 'number') return null
  const entry = await args.req.payload.findByID({
    collection: 'calendar-entries',
    id: args.id,
    depth: 0,
    overrideAccess: true,
    req: args.req,
    disableErrors: true,
  })
  return entry ? { account: entry.account, content: entry.content } : null
}

/** Approval is the editors' call: an operator's slot is for content that already holds one. */
async function requireApprovedContent(args: { req: PayloadRequest; content: unknown }): Promise<void> {
  const ref = contentRefOf(args.content)
  // A missing or malformed reference is planEntry's error (排期要关联一条存在的内容).
  if (!ref) return
  const doc = await args.req.payload.findByID({
    collection: ref.relationTo,
    id: relationId(ref.value) ?? '',
    depth: 0,
    overrideAccess: true,
    req: args.req,
    disableErrors: true,
  })
  if (!doc || APPROVED_STATES.includes(doc.status)) return
  throw new APIError(
    `内容运营只能给已定稿的内容排期：「${doc.title ?? '（未命名草稿）'}」现在是「${REVIEW_STATE_LABELS[doc.status].zh}」，请等编辑审核通过。`,
    403,
    null,
    true,
  )
}
