import type { Payload } from 'payload'
import { platformName } from './kpiResult'

export type AccountInfo = { id: string | number; name: string; platform: string; platformLabel: string }

/** Accounts' names and platforms (what every role may read of an account), by id as text. */
export async function loadAccounts(args: { payload: Payload; ids: readonly string[] }): Promise<Map<string, AccountInfo>> {
  if (args.ids.length === 0) return new Map()
  const found = await args.payload.find({
    collection: 'platform-accounts',
    where: { id: { in: [...args.ids] } },
    select: { name: true, platform: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(
    found.docs.map((doc) => [
      String(doc.id),
      { id: doc.id, name: doc.name, platform: doc.platform, platformLabel: platformName(doc.platform) },
    ]),
  )
}

export const unknownAccount = (id: string): AccountInfo => ({ id, name: '（已删除的账号）', platform: '', platformLabel: '' })
