import { APIError, type PayloadRequest } from 'payload'
import { env } from '../../lib/env'
import { isPlatformId, PLATFORM_LABELS, platformProfile } from '../../lib/platforms'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import { relationId } from '../content'
import { approvedRevisionOf } from '../delivery/createDelivery'
import { readSettings } from '../delivery/deliveryJson'
import type { CalendarEntry, PlatformAccount } from '../payload-types'
import { massPushesOf, quotaAccountOf } from './massPushes'
import { massDayRefusal } from './massQuota'
import { effectivePushMode, pushPlanRefusal } from './pushPlan'

/** The article ids of a slot's bundle, in order (whether the relationship came populated or not). */
export function bundleIdsOf(bundle: CalendarEntry['bundle']): string[] {
  return (bundle ?? []).map((item) => String(relationId(item) ?? '')).filter((id) => id !== '')
}

/**
 * A slot's push, checked as it is saved: mode, tag and bundle fit the account's platform (its profile's
 * `push`), every article of the bundle holds an approval, and a 群发 fits the account's daily quota
 * (the other slots of that day, in the team's time zone). Throws a 400 in the editor's words.
 */
export async function checkEntryPush(args: {
  req: PayloadRequest
  entry: Pick<CalendarEntry, 'mode' | 'tagId' | 'bundle' | 'publishAt'> & { id?: string | number }
  account: PlatformAccount
  lead: { collection: string; id: string; title: string }
}): Promise<void> {
  const { req, entry, account } = args
  const { payload } = req
  const bundle = bundleIdsOf(entry.bundle)
  const push = isPlatformId(account.platform) ? platformProfile(account.platform).push : undefined
  const docs = new Map<string, { title: string }>()
  for (const id of new Set(bundle)) {
    const doc = await payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!doc) throw new APIError(`次条中的文章（ID ${id}）不存在：请从「次条」中删掉它。`, 400, null, true)
    docs.set(id, doc)
    // The same rule as the lead's: a bundle goes out only as approved revisions.
    approvedRevisionOf(doc)
  }
  const refusal = pushPlanRefusal({
    push,
    accountName: account.name,
    platformLabel: isPlatformId(account.platform) ? PLATFORM_LABELS[account.platform].zh : account.platform,
    leadCollection: args.lead.collection,
    leadId: args.lead.id,
    mode: entry.mode,
    tagId: entry.tagId,
    bundle,
    titleOf: (id) => (id === args.lead.id ? args.lead.title : (docs.get(id)?.title ?? id)),
  })
  if (refusal) throw new APIError(refusal, 400, null, true)

  const settings = readSettings(account.settings)
  if (effectivePushMode({ push, entryMode: entry.mode, settings }) !== 'mass') return
  const quota = quotaAccountOf(account)
  if (!quota || quota.rule.perDay === undefined) return
  const at = new Date(entry.publishAt)
  if (Number.isNaN(at.getTime())) return
  const day = zonedDate({ at, timeZone: env.APP_TIMEZONE })
  const sameDay = await massPushesOf({
    payload,
    req,
    account: quota,
    from: zonedToUtc({ date: day, time: '00:00', timeZone: env.APP_TIMEZONE }),
    to: zonedToUtc({ date: addDays(day, 1), time: '00:00', timeZone: env.APP_TIMEZONE }),
    exceptEntry: entry.id,
  })
  const overQuota = massDayRefusal({ rule: quota.rule, accountName: account.name, day, sameDay })
  if (overQuota) throw new APIError(overQuota, 400, null, true)
}
