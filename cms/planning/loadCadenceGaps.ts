import type { PayloadRequest, Where } from 'payload'
import { addDays, zonedToUtc } from '../../lib/zonedTime'
import { assignedAccounts } from '../access/accountAssignment'
import { hasRole } from '../access/roles'
import { relationId } from '../content'
import { type CadenceEntry, type CadenceGaps, cadenceGaps } from './cadenceGaps'

/** Slots that never fill the rhythm, left out of the read as cadenceGaps would leave them out of the count. */
const NOT_PLANNED = ['cancelled', 'missed', 'failed']

/**
 * The rhythm gaps over `from`..`to` (team-zone days) as the signed-in person may see them: an operator
 * their assigned accounts only; everyone else every account (the calendar shows them all). A 专题 counts
 * once approved: an idea may still be dropped at the 选题会.
 */
export async function loadCadenceGaps(args: { req: PayloadRequest; from: string; to: string; timeZone: string }): Promise<CadenceGaps> {
  const { req, from, to, timeZone } = args
  const asUser = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const start = zonedToUtc({ date: from, time: '00:00', timeZone }).toISOString()
  const end = zonedToUtc({ date: addDays(to, 1), time: '00:00', timeZone }).toISOString()
  const scope = accountsInView(req)
  const [accounts, topics, settings] = await Promise.all([
    scope === 'none'
      ? []
      : req.payload
          .find({
            ...asUser,
            collection: 'platform-accounts',
            where: { and: [{ 'cadence.count': { greater_than: 0 } }, ...(scope === 'all' ? [] : [{ id: { in: scope } }])] },
            pagination: false,
            select: { name: true, platform: true, cadence: true },
          })
          // One order whatever the database's collation: by platform, then name as a Chinese reader sorts (pinyin).
          .then((found) => found.docs.sort((a, b) => a.platform.localeCompare(b.platform) || a.name.localeCompare(b.name, 'zh-Hans-CN'))),
    req.payload
      .find({
        ...asUser,
        collection: 'topics',
        where: {
          and: [
            { feature: { equals: true } },
            { state: { not_equals: 'idea' } },
            { dueDate: { greater_than_equal: start } },
            { dueDate: { less_than: end } },
          ],
        },
        pagination: false,
        select: { feature: true, dueDate: true },
      })
      .then((found) => found.docs),
    req.payload.findGlobal({ ...asUser, slug: 'planning-settings' }),
  ])
  const entries = accounts.length === 0 ? [] : await loadEntries({ req, accountIds: accounts.map((account) => account.id), start, end })
  return cadenceGaps({
    accounts,
    entries,
    topics,
    featuresPerWeek: settings.featuresPerWeek ?? 0,
    range: { from, to },
    timeZone,
  })
}

/** Operators plan for the accounts an admin assigned them; the rest of the team looks at every account. */
function accountsInView(req: PayloadRequest): 'all' | 'none' | Array<string | number> {
  if (!hasRole(req.user, 'operator')) return 'all'
  const assigned = assignedAccounts(req.user)
  return assigned === 'all' ? 'all' : assigned === 'none' || assigned.length === 0 ? 'none' : assigned
}

async function loadEntries(args: {
  req: PayloadRequest
  accountIds: Array<string | number>
  start: string
  end: string
}): Promise<CadenceEntry[]> {
  const where: Where = {
    and: [
      { account: { in: args.accountIds } },
      { publishAt: { greater_than_equal: args.start } },
      { publishAt: { less_than: args.end } },
      { state: { not_in: NOT_PLANNED } },
    ],
  }
  const { docs } = await args.req.payload.find({
    req: args.req,
    user: args.req.user,
    overrideAccess: false,
    collection: 'calendar-entries',
    where,
    pagination: false,
    depth: 0,
    select: { account: true, publishAt: true, state: true },
  })
  return docs.flatMap((entry) => {
    const account = relationId(entry.account)
    return account === null ? [] : [{ account, publishAt: entry.publishAt, state: entry.state }]
  })
}
