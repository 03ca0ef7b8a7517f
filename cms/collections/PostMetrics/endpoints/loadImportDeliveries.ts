import type { PayloadRequest, Where } from 'payload'
import { env } from '../../../../lib/env'
import { zonedDate } from '../../../../lib/zonedTime'
import { comparableUrl, type ImportDelivery } from '../../../analytics/import/matchPostRows'
import type { PostRef } from '../../../analytics/import/parseMetricsCsv'
import { relationId } from '../../../content'
import type { Delivery, User } from '../../../payload-types'
import { DELIVERY_STATE_LABELS } from '../../../workflow/deliveryStates'

const SELECT = { account: true, state: true, url: true, bundle: true, publishedAt: true } as const

/**
 * The deliveries an import's rows may name: all of this account's, and, for a link or id not among
 * them, whichever other account's delivery has it (so the row can say whose it is). Read as the user.
 */
export async function loadImportDeliveries(args: {
  req: PayloadRequest
  user: User
  account: { id: string | number; name: string }
  refs: readonly PostRef[]
}): Promise<ImportDelivery[]> {
  const { req, user } = args
  const asUser = { req, user, overrideAccess: false, depth: 0, pagination: false, select: SELECT } as const
  const own = (await req.payload.find({ collection: 'deliveries', where: { account: { equals: args.account.id } }, ...asUser })).docs
  const ownIds = new Set(own.map((d) => String(d.id)))
  const ownUrls = new Set(own.flatMap((d) => [d.url, ...(d.bundle ?? []).map((b) => b.url)]).flatMap((u) => (u ? [comparableUrl(u)] : [])))
  const numericIds = req.payload.db.defaultIDType === 'number'
  const missingIds = args.refs.flatMap((ref) =>
    ref.by === 'id' && !ownIds.has(ref.id) && (!numericIds || /^\d{1,15}$/.test(ref.id)) ? [ref.id] : [],
  )
  const missingUrls = args.refs.flatMap((ref) =>
    ref.by === 'url' && !ownUrls.has(comparableUrl(ref.url)) ? [ref.url.trim(), comparableUrl(ref.url)] : [],
  )
  const elsewhere: Where[] = [
    ...(missingIds.length > 0 ? [{ id: { in: missingIds } }] : []),
    ...(missingUrls.length > 0 ? [{ url: { in: missingUrls } }, { 'bundle.url': { in: missingUrls } }] : []),
  ]
  const others =
    elsewhere.length === 0 ? [] : (await req.payload.find({ collection: 'deliveries', where: { or: elsewhere }, ...asUser })).docs
  const otherAccountIds = [...new Set(others.map((d) => relationId(d.account)).filter((id) => id !== null))]
  const names = new Map<string, string>([[String(args.account.id), args.account.name]])
  if (otherAccountIds.length > 0) {
    const accounts = await req.payload.find({
      collection: 'platform-accounts',
      where: { id: { in: otherAccountIds } },
      select: { name: true },
      req,
      user,
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
    for (const account of accounts.docs) names.set(String(account.id), account.name)
  }
  return [...own, ...others].map((delivery) => importDeliveryOf({ delivery, names }))
}

function importDeliveryOf(args: {
  delivery: Pick<Delivery, 'id' | 'account' | 'state' | 'url' | 'bundle' | 'publishedAt'>
  names: Map<string, string>
}): ImportDelivery {
  const { delivery } = args
  const account = String(relationId(delivery.account) ?? '')
  return {
    id: String(delivery.id),
    account,
    accountName: args.names.get(account) ?? `账号 ${account}`,
    state: delivery.state,
    stateLabel: DELIVERY_STATE_LABELS[delivery.state]?.zh ?? delivery.state,
    url: delivery.url ?? null,
    bundleUrls: (delivery.bundle ?? []).map((row) => row.url ?? null),
    publishedDay: delivery.publishedAt ? zonedDate({ at: new Date(delivery.publishedAt), timeZone: env.APP_TIMEZONE }) : null,
  }
}
