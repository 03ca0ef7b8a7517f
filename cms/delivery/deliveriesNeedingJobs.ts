import type { Payload } from 'payload'
import { PLATFORMS, type PlatformId } from '../../lib/platforms'
import { CONTENT_KIND, relationId } from '../content'
import type { Delivery } from '../payload-types'
import type { DeliveryState } from '../workflow/deliveryStates'
import { readNote, readRemoteIds } from './deliveryJson'
import { publishingRuntime } from './publishingRuntime'
import { unconfirmedPlan } from './postStep'

/** Deliveries in these states still need the scheduler (an unconfirmed one only when it can be settled). */
export const STATES_WITH_JOBS = ['queued', 'sending', 'processing', 'unconfirmed'] as const satisfies readonly DeliveryState[]

export type DeliveryNeedingJob = {
  delivery: Delivery
  /** The account's platform (its queue); null when the account is gone. */
  platform: PlatformId | null
}

const PAGE = 200

/** Every delivery that still needs a job, oldest first, with the platform whose queue it belongs to. */
export async function* deliveriesNeedingJobs(args: { payload: Payload }): AsyncGenerator<DeliveryNeedingJob> {
  const { payload } = args
  const platforms = new Map<string, PlatformId | null>()
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'deliveries',
      overrideAccess: true,
      depth: 0,
      limit: PAGE,
      page,
      sort: 'createdAt',
      where: { state: { in: [...STATES_WITH_JOBS] } },
    })
    for (const delivery of docs) yield { delivery, platform: await platformOf({ payload, delivery, cache: platforms }) }
    if (!hasNextPage) break
  }
}

async function platformOf(args: {
  payload: Payload
  delivery: Delivery
  cache: Map<string, PlatformId | null>
}): Promise<PlatformId | null> {
  const accountId = relationId(args.delivery.account)
  if (accountId === null) return null
  const cached = args.cache.get(String(accountId))
  if (cached !== undefined) return cached
  const account = await args.payload.findByID({
    collection: 'platform-accounts',
    id: accountId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const platform = PLATFORMS.find((p) => p === account?.platform) ?? null
  args.cache.set(String(accountId), platform)
  return platform
}

/**
 * What settling an unconfirmed delivery would do (postStep.ts), with when its last note was written
 * (a read-back costs platform quota, so the scheduler spaces them).
 */
export function settlePlanOf(args: { delivery: Delivery; platform: PlatformId }): {
  plan: 'requeue' | 'read-back' | 'operator'
  lastNoteAt: number | null
} {
  const { delivery } = args
  const publisher = publishingRuntime().registry.find({ platform: args.platform, contentKind: CONTENT_KIND[delivery.content.relationTo] })
  const lastNoteAt = Date.parse(readNote(delivery.lastError)?.at ?? '')
  const noted = Number.isFinite(lastNoteAt) ? lastNoteAt : null
  if (!publisher) return { plan: 'operator', lastNoteAt: noted }
  const plan = unconfirmedPlan({
    publisher: publisher.id,
    remoteIds: readRemoteIds(delivery.remoteIds),
    canCheckStatus: publisher.checkStatus !== undefined,
  })
  return { plan, lastNoteAt: noted }
}
