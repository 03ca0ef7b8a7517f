import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import type { Delivery, PostMetric } from '../../../payload-types'
import { CONTENT_KIND, contentRefOf, relationId, type ContentRef } from '../../../content'
import { env } from '../../../../lib/env'
import { zonedDate } from '../../../../lib/zonedTime'
import { parseDay } from '../../../analytics/import/cellParsers'

/** What a metrics row copies from its delivery, so the dashboard filters and groups without joins. */
type DeliveryFacts = {
  account: string | number
  platform: string
  campaign: string | number | null
  publishedAt: string | null
  titleVariant: number | null
  /** The push's articles in order (lead first) with each one's owner: read once per delivery, not once per row. */
  articles: readonly (ContentRef & { author: string | number | null })[]
}

const CACHE_KEY = 'postMetricsDeliveryFacts'

async function deliveryFacts(req: PayloadRequest, deliveryId: string | number): Promise<DeliveryFacts> {
  const cache = (req.context[CACHE_KEY] ??= new Map<string, Promise<DeliveryFacts>>()) as Map<string, Promise<DeliveryFacts>>
  const key = String(deliveryId)
  let facts = cache.get(key)
  if (facts === undefined) {
    facts = loadFacts(req, deliveryId)
    cache.set(key, facts)
    facts.catch(() => cache.delete(key))
  }
  return facts
}

async function loadFacts(req: PayloadRequest, deliveryId: string | number): Promise<DeliveryFacts> {
  const delivery: Delivery | null = await req.payload
    .findByID({ collection: 'deliveries', id: deliveryId, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (delivery === null) throw new APIError('找不到这条发布记录，请确认它的编号', 400, undefined, true)
  const accountId = relationId(delivery.account)
  if (accountId === null) throw new APIError('这条发布记录没有发布账号', 400, undefined, true)
  const account = await req.payload.findByID({ collection: 'platform-accounts', id: accountId, depth: 0, req, overrideAccess: true })
  const entryId = relationId(delivery.calendarEntry)
  const entry =
    entryId === null
      ? null
      : await req.payload.findByID({
          collection: 'calendar-entries',
          id: entryId,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
  const lead = contentRefOf(delivery.content)
  const bundle = (delivery.bundle ?? []).flatMap((row) => {
    const id = relationId(row.article)
    return id === null ? [] : [{ relationTo: 'articles' as const, value: id }]
  })
  const read = (ref: ContentRef) =>
    req.payload.findByID({ collection: ref.relationTo, id: ref.value, depth: 0, req, overrideAccess: true, disableErrors: true })
  const refs = lead === null ? bundle : [lead, ...bundle]
  const docs = await Promise.all(refs.map(read))
  const leadDoc = lead === null ? null : docs[0]
  return {
    account: accountId,
    platform: account.platform,
    campaign: relationId(entry?.campaign) ?? relationId(leadDoc?.campaign),
    publishedAt: delivery.publishedAt ?? null,
    titleVariant: delivery.titleVariant ?? null,
    articles: refs.map((ref, i) => ({ ...ref, author: relationId(docs[i]?.owner) })),
  }
}

/**
 * Every door (REST, GraphQL, the Local API, the collector) writes only the numbers, the delivery, the
 * article's position and the day; everything else is copied from the delivery here, and the `key`
 * (delivery:position:day, unique) makes a second write of the same day an update, never a second row.
 */
export const fillFromDelivery: CollectionBeforeChangeHook<PostMetric> = async ({ data, operation, originalDoc, req }) => {
  const deliveryId = relationId(data.delivery ?? originalDoc?.delivery)
  if (deliveryId === null) throw new APIError('请选择这组数据属于哪条发布记录', 400, undefined, true)
  const position = data.position ?? originalDoc?.position ?? 1
  const date = data.date ?? originalDoc?.date
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new APIError('日期请写成 YYYY-MM-DD，例如 2026-12-01', 400, undefined, true)
  }
  const key = `${deliveryId}:${position}:${date}`
  if (req.user) {
    // A person's day must exist and have come (the collector writes only days the platform reported).
    const day = parseDay({ text: date, today: zonedDate({ at: new Date(), timeZone: env.APP_TIMEZONE }) })
    if (!day.ok) throw new APIError(day.problem, 400, undefined, true)
    await refuseSecondRowOfTheDay({ req, key, id: originalDoc?.id, position, date })
  }
  const facts = await deliveryFacts(req, deliveryId)
  const article = facts.articles[position - 1]
  if (article === undefined) {
    throw new APIError(`这条发布记录只有 ${facts.articles.length} 篇，没有第 ${position} 篇`, 400, undefined, true)
  }
  const content = { relationTo: article.relationTo, value: article.value }
  // A link already right is not written again: Payload writes it by deleting its row and inserting it
  // again, and a worker stopped in between (the SQLite worker writes without a transaction) would leave
  // the day's numbers without their content. A link sent by a caller is never taken.
  const stored = operation === 'update' ? contentRefOf(originalDoc?.content) : null
  const linked = stored !== null && stored.relationTo === content.relationTo && String(stored.value) === String(content.value)
  const { content: _sent, ...sent } = data
  return {
    ...sent,
    delivery: deliveryId,
    position,
    date,
    key,
    account: facts.account,
    platform: facts.platform as PostMetric['platform'],
    campaign: facts.campaign,
    ...(linked ? {} : { content }),
    contentType: CONTENT_KIND[article.relationTo],
    author: article.author,
    publishedAt: facts.publishedAt,
    titleVariant: position === 1 ? facts.titleVariant : null,
  }
}

/**
 * A person's second row for the same post, article and day: refused in words (the unique `key` would
 * refuse it anyway, as 值必须是唯一的 on a hidden field). The collector, without a user, updates by key.
 */
async function refuseSecondRowOfTheDay(args: {
  req: PayloadRequest
  key: string
  id: string | number | undefined
  position: number
  date: string
}): Promise<void> {
  const { docs } = await args.req.payload.find({
    collection: 'post-metrics',
    where: { key: { equals: args.key } },
    select: { key: true },
    limit: 1,
    depth: 0,
    req: args.req,
    overrideAccess: true,
  })
  const other = docs[0]
  if (other && String(other.id) !== String(args.id))
    throw new APIError(
      `这条发布记录第 ${args.position} 篇 ${args.date} 的数据已经录入过了，请修改原来那一行（编号 ${other.id}），不要再新建一行`,
      400,
      undefined,
      true,
    )
}
