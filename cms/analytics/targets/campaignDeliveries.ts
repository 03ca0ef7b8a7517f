import type { Payload } from 'payload'
import { CONTENT_SLUGS, relationId } from '../../content'
import { loadPublishedDeliveries, type PublishedDelivery } from './publishedDeliveries'

async function idsOf(args: {
  payload: Payload
  collection: 'calendar-entries' | (typeof CONTENT_SLUGS)[number]
  campaign: string | number
}) {
  const found = await args.payload.find({
    collection: args.collection,
    where: { campaign: { equals: args.campaign } },
    select: { campaign: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs.map((doc) => doc.id)
}

/**
 * A campaign's published deliveries, by the rule post-metrics rows follow (fillFromDelivery): the
 * campaign of the delivery's calendar entry, or, without one, the campaign of its lead item.
 */
export async function campaignDeliveries(args: { payload: Payload; campaign: string | number }): Promise<PublishedDelivery[]> {
  const { payload, campaign } = args
  const entries = await idsOf({ payload, collection: 'calendar-entries', campaign })
  const byEntry = entries.length === 0 ? [] : await loadPublishedDeliveries({ payload, where: { calendarEntry: { in: entries } } })
  const byItem: PublishedDelivery[] = []
  for (const collection of CONTENT_SLUGS) {
    const items = await idsOf({ payload, collection, campaign })
    if (items.length === 0) continue
    byItem.push(
      ...(await loadPublishedDeliveries({
        payload,
        where: { and: [{ 'content.relationTo': { equals: collection } }, { 'content.value': { in: items } }] },
      })),
    )
  }
  // An item of this campaign sent from another campaign's slot belongs to that campaign.
  const otherEntries = [...new Set(byItem.flatMap((delivery) => (delivery.calendarEntry === null ? [] : [delivery.calendarEntry])))]
  const entryCampaigns =
    otherEntries.length === 0
      ? new Map<string, string | null>()
      : new Map(
          (
            await payload.find({
              collection: 'calendar-entries',
              where: { id: { in: otherEntries } },
              select: { campaign: true },
              depth: 0,
              pagination: false,
              overrideAccess: true,
            })
          ).docs.map((entry) => {
            const owner = relationId(entry.campaign)
            return [String(entry.id), owner === null ? null : String(owner)]
          }),
        )
  const mine = (delivery: PublishedDelivery) => {
    if (delivery.calendarEntry === null) return true
    const owner = entryCampaigns.get(delivery.calendarEntry) ?? null
    return owner === null || owner === String(campaign)
  }
  const all = new Map<string, PublishedDelivery>()
  for (const delivery of [...byEntry, ...byItem.filter(mine)]) all.set(delivery.id, delivery)
  return [...all.values()].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
}
