import type { Payload, Where } from 'payload'
import type { Delivery } from '../../payload-types'
import { contentRefOf, relationId, type ContentRef } from '../../content'

/** A published delivery as the results pages need it: each article of a push in order (position 1 = the lead). */
export type PublishedDelivery = {
  id: string
  account: string
  mode: string | null
  publishedAt: string
  titleVariant: number | null
  calendarEntry: string | null
  articles: { ref: ContentRef; url: string | null }[]
}

const SELECT = {
  content: true,
  bundle: true,
  account: true,
  mode: true,
  publishedAt: true,
  titleVariant: true,
  calendarEntry: true,
  url: true,
  state: true,
} as const

function toPublished(doc: Partial<Delivery> & { id: string | number }): PublishedDelivery | null {
  const lead = contentRefOf(doc.content)
  const account = relationId(doc.account)
  if (lead === null || account === null || !doc.publishedAt) return null
  const bundle = (doc.bundle ?? []).flatMap((item) => {
    const id = relationId(item.article)
    return id === null ? [] : [{ ref: { relationTo: 'articles' as const, value: id }, url: item.url ?? null }]
  })
  const entry = relationId(doc.calendarEntry)
  return {
    id: String(doc.id),
    account: String(account),
    mode: doc.mode ?? null,
    publishedAt: doc.publishedAt,
    titleVariant: doc.titleVariant ?? null,
    calendarEntry: entry === null ? null : String(entry),
    articles: [{ ref: lead, url: doc.url ?? null }, ...bundle],
  }
}

/**
 * The published deliveries matching `where`. Deliveries are closed to copywriters and designers, so
 * this reads as the system: the caller has already checked the user may see the campaign, account or
 * item they belong to, and only these columns (no operator IP, no errors) leave.
 */
export async function loadPublishedDeliveries(args: { payload: Payload; where: Where }): Promise<PublishedDelivery[]> {
  const found = await args.payload.find({
    collection: 'deliveries',
    where: { and: [{ state: { equals: 'published' } }, args.where] },
    select: SELECT,
    depth: 0,
    pagination: false,
    sort: 'publishedAt',
    overrideAccess: true,
  })
  return found.docs.flatMap((doc) => toPublished(doc) ?? [])
}
