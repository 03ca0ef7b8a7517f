import type { Payload } from 'payload'
import { relationId } from '../../content'
import type { FollowerDay } from './kpiInputs'

/** The accounts' account-metrics rows up to `to` (all earlier days: 打开率 falls back to the latest known total), by account. */
export async function loadFollowerDays(args: {
  payload: Payload
  accounts: readonly string[]
  to: string
}): Promise<Map<string, FollowerDay[]>> {
  const byAccount = new Map<string, FollowerDay[]>(args.accounts.map((id) => [id, []]))
  if (args.accounts.length === 0) return byAccount
  const found = await args.payload.find({
    collection: 'account-metrics',
    where: { and: [{ account: { in: [...args.accounts] } }, { date: { less_than_equal: args.to } }] },
    select: { account: true, date: true, followers: true, newFollowers: true, lostFollowers: true },
    depth: 0,
    pagination: false,
    sort: 'date',
    overrideAccess: true,
  })
  for (const doc of found.docs) {
    const account = relationId(doc.account)
    if (account === null || !doc.date) continue
    byAccount.get(String(account))?.push({
      date: doc.date,
      followers: doc.followers ?? null,
      newFollowers: doc.newFollowers ?? null,
      lostFollowers: doc.lostFollowers ?? null,
    })
  }
  return byAccount
}
