import type { Payload } from 'payload'
import { collectAccountStats, type AccountCollection } from './collectAccountStats'

/** Every platform account's id, in a stable order (the daily job's fan-out and 立即更新 for all). */
export async function allAccountIds(payload: Payload): Promise<(string | number)[]> {
  const { docs } = await payload.find({
    collection: 'platform-accounts',
    select: { name: true },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.id)
}

/** 立即更新 for every account, one after another: one account's failure is its own answer, never the others'. */
export async function collectAllAccounts(args: { payload: Payload; now: Date; signal?: AbortSignal }): Promise<AccountCollection[]> {
  const answers: AccountCollection[] = []
  for (const accountId of await allAccountIds(args.payload)) {
    answers.push(await collectAccountStats({ ...args, accountId }))
  }
  return answers
}
