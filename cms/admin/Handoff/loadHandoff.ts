import type { PayloadRequest } from 'payload'
import { isPlatformId, type PlatformId } from '../../../lib/platforms'
import { contentRefOf, type ContentRef } from '../../content'
import type { DeliveryState } from '../../workflow/deliveryStates'
import { readHandoffPackage, type StoredHandoffPackage } from './handoffPackage'
import { HANDOFF_POPULATE, handoffDueAt } from './handoffReads'

export type HandoffPage = {
  id: string | number
  state: DeliveryState
  platform: PlatformId | null
  accountName: string
  item: (ContentRef & { title: string }) | null
  /** The slot's time (or when sending began): what 已超时 is measured from. */
  dueAt: string | null
  url: string | null
  publishedAt: string | null
  pkg: StoredHandoffPackage | null
}

const related = <T extends object>(value: unknown): T | null => (typeof value === 'object' && value !== null ? (value as T) : null)

/**
 * One delivery's hand-off, read with the signed-in person's own access (editors and admins, the
 * operator of its account): null when it does not exist or is not theirs to read.
 */
export async function loadHandoff(args: { req: PayloadRequest; id: string }): Promise<HandoffPage | null> {
  const { req } = args
  const delivery = await req.payload.findByID({
    collection: 'deliveries',
    id: args.id,
    depth: 1,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
    select: { content: true, account: true, calendarEntry: true, state: true, url: true, sentAt: true, publishedAt: true, package: true },
    populate: HANDOFF_POPULATE,
  })
  if (!delivery) return null
  const account = related<{ name?: string; platform?: string }>(delivery.account)
  const ref = contentRefOf(delivery.content)
  const item = related<{ title?: string }>(delivery.content.value)
  const pkg = readHandoffPackage(delivery.package)
  const platform = pkg?.platform ?? (isPlatformId(account?.platform) ? account.platform : null)
  return {
    id: delivery.id,
    state: delivery.state,
    platform,
    accountName: account?.name ?? '',
    item: ref ? { ...ref, title: item?.title ?? '' } : null,
    dueAt: handoffDueAt(delivery),
    url: delivery.url ?? null,
    publishedAt: delivery.publishedAt ?? null,
    pkg,
  }
}
