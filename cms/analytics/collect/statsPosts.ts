import type { StatsPost } from '../../../publishers'
import { platformProfile, type PlatformId } from '../../../lib/platforms'
import { zonedDate } from '../../../lib/zonedTime'
import { CONTENT_KIND, contentRefOf } from '../../content'
import { readRemoteIds } from '../../delivery/deliveryJson'
import type { Delivery } from '../../payload-types'

/** The delivery columns a collection run reads. */
export type PublishedDelivery = Pick<Delivery, 'id' | 'content' | 'bundle' | 'remoteIds' | 'publishedAt'>

/** Whether any of the platform's publisher routes reads its numbers from the platform (else people enter them). */
export function platformHasStatsApi(platform: PlatformId): boolean {
  return platformProfile(platform).publishers.some((route) => route.stats === 'api')
}

/**
 * The posts to ask the collector about: one per article of each published delivery (the lead is
 * position 1, the bundle's rows 2, 3…), each with the delivery's remote ids, for the deliveries whose
 * route has a statistics API (a Toutiao article went out by hand: its numbers are entered by hand).
 */
export function statsPostsOf(args: { platform: PlatformId; deliveries: readonly PublishedDelivery[]; timeZone: string }): StatsPost[] {
  const routes = platformProfile(args.platform).publishers
  return args.deliveries.flatMap((delivery) => {
    const lead = contentRefOf(delivery.content)
    if (lead === null || !delivery.publishedAt) return []
    const route = routes.find((candidate) => candidate.contentKinds.includes(CONTENT_KIND[lead.relationTo]))
    if (route?.stats !== 'api') return []
    const base = {
      deliveryId: String(delivery.id),
      remoteIds: readRemoteIds(delivery.remoteIds),
      publishedOn: zonedDate({ at: new Date(delivery.publishedAt), timeZone: args.timeZone }),
    }
    const articles = 1 + (delivery.bundle?.length ?? 0)
    return Array.from({ length: articles }, (_, index) => ({ ...base, position: index + 1 }))
  })
}
