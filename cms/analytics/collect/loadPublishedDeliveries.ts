import type { Payload } from 'payload'
import type { PublishedDelivery } from './statsPosts'

/** How far back posts are read: platforms keep counting for weeks (WeChat: 30 days of a post's totals), and the odd late reply. */
export const POSTS_READ_FOR_DAYS = 90

/** The account's deliveries published in the last ~90 days, only the columns the collector needs. */
export async function loadPublishedDeliveries(args: {
  payload: Payload
  accountId: string | number
  now: Date
}): Promise<PublishedDelivery[]> {
  const since = new Date(args.now.getTime() - POSTS_READ_FOR_DAYS * 86_400_000).toISOString()
  const { docs } = await args.payload.find({
    collection: 'deliveries',
    where: {
      and: [{ account: { equals: args.accountId } }, { state: { equals: 'published' } }, { publishedAt: { greater_than_equal: since } }],
    },
    select: { content: true, bundle: true, remoteIds: true, publishedAt: true },
    sort: 'publishedAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}
