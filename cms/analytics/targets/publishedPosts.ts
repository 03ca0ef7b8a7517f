import { zonedDate } from '../../../lib/zonedTime'
import type { PublishedPost } from './kpiInputs'
import type { PublishedDelivery } from './publishedDeliveries'

/** Each article of each delivery as a post (`delivery:position`), dated in the team's time zone. */
export function publishedPosts(args: {
  deliveries: readonly PublishedDelivery[]
  platformOf: ReadonlyMap<string, string>
  timeZone: string
}): PublishedPost[] {
  return args.deliveries.flatMap((delivery) =>
    delivery.articles.map((_, index) => ({
      key: `${delivery.id}:${index + 1}`,
      delivery: delivery.id,
      position: index + 1,
      account: delivery.account,
      platform: args.platformOf.get(delivery.account) ?? '',
      publishedDate: zonedDate({ at: new Date(delivery.publishedAt), timeZone: args.timeZone }),
      mass: delivery.mode === 'mass',
    })),
  )
}
