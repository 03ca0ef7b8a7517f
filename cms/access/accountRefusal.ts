import { APIError, type PayloadRequest } from 'payload'
import { relationId } from '../content'
import { mayActOnAccount } from './accountAssignment'

/** What the user tried to do on an account that is not theirs, as the sentence ends. */
export type AccountAction = 'schedule' | 'reschedule' | 'publish' | 'retry' | 'decide' | 'confirm'

const ENDINGS: Record<AccountAction, string> = {
  schedule: '不能给它排期',
  reschedule: '不能改动它的排期',
  publish: '不能用它发布',
  retry: '不能重试它的发布',
  decide: '不能决定它暂停后的发布',
  confirm: '不能确认它的发布',
}

/** 「你没有负责账号「X」，不能给它排期。」 — pure, so every door words it alike. */
export function unassignedAccountMessage(args: { accountName: string; action: AccountAction }): string {
  return `你没有负责账号「${args.accountName}」，${ENDINGS[args.action]}。请联系管理员分配账号。`
}

/** The account's name as the team knows it; its id when it is gone. */
export async function accountNameOf(args: { req: PayloadRequest; accountId: string | number }): Promise<string> {
  const account = await args.req.payload.findByID({
    collection: 'platform-accounts',
    id: args.accountId,
    depth: 0,
    overrideAccess: true,
    req: args.req,
    disableErrors: true,
  })
  return account?.name ?? `账号 ${args.accountId}`
}

/**
 * Throws a 403 naming the account when the signed-in user may not act on it (see accountAssignment.ts).
 * `account` is an id or a populated account, as a request or a stored document carries it.
 */
export async function requireAccountAssignment(args: { req: PayloadRequest; account: unknown; action: AccountAction }): Promise<void> {
  const accountId = relationId(args.account)
  if (accountId !== null && mayActOnAccount(args.req.user, accountId)) return
  const accountName = accountId === null ? '（未知账号）' : await accountNameOf({ req: args.req, accountId })
  throw new APIError(unassignedAccountMessage({ accountName, action: args.action }), 403, null, true)
}
