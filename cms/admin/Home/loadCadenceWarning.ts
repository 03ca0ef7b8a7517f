import { addDays } from '../../../lib/zonedTime'
import { hasRole } from '../../access/roles'
import { loadCadenceGaps } from '../../planning/loadCadenceGaps'
import type { HomeReader } from './homeReader'
import type { CadenceWarning } from './homeTypes'
import { weekRange } from './weekRange'

/** The coming week, today included: a gap shows a full week before the day it falls on. */
const DAYS_AHEAD = 7

/**
 * 未来 7 天排期缺口 for the people who fill the calendar (editors, admins, operators: their accounts): each
 * account short of its rhythm over the next 7 days, and this week's 专题 when short. null for others.
 */
export async function loadCadenceWarning(reader: HomeReader & { now: Date; timeZone: string }): Promise<CadenceWarning | null> {
  if (!hasRole(reader.req.user, 'admin', 'editor', 'operator')) return null
  const range = weekRange({ now: reader.now, timeZone: reader.timeZone })
  const to = addDays(range.today, DAYS_AHEAD - 1)
  const [ahead, thisWeek] = await Promise.all([
    loadCadenceGaps({ req: reader.req, from: range.today, to, timeZone: reader.timeZone }),
    loadCadenceGaps({ req: reader.req, from: range.monday, to: range.sunday, timeZone: reader.timeZone }),
  ])
  const features = thisWeek.features
  return {
    from: range.today,
    to,
    accounts: ahead.accounts
      .filter((account) => account.missing > 0)
      .map((account) => ({
        id: account.id,
        name: account.name,
        platform: account.platform,
        planned: account.planned,
        expected: account.expected,
        missing: account.missing,
        emptyDays: account.days.filter((day) => day.planned === 0).map((day) => day.day),
      })),
    features:
      features.missing > 0
        ? { from: range.monday, to: range.sunday, expected: features.expected, planned: features.planned, missing: features.missing }
        : null,
  }
}
