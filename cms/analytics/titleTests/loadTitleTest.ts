import type { Payload, PayloadRequest } from 'payload'
import { env } from '../../../lib/env'
import { relationId } from '../../content'
import { effectiveTitleVariant } from '../../delivery/titleVariantCheck'
import { outgoingTextParts, titleCandidatePath } from '../../compliance/outgoingText'
import type { Delivery } from '../../payload-types'
import { METRIC_ROW_SELECT, toMetricRow } from '../metricRow'
import { decideTitleTest, type TestPost, type TitleTestVerdict } from './decideTitleTest'

/** The collections whose items carry title candidates. */
export const TITLE_TEST_SLUGS = ['articles', 'videos'] as const
export type TitleTestSlug = (typeof TITLE_TEST_SLUGS)[number]

export type TitleTestPlacement = {
  delivery: string | number
  account: { id: string | number; name: string } | null
  platform: string | null
  /** When it went out (published), else its slot's time, else when the delivery was made (publish now). */
  at: string | null
  state: Delivery['state']
  url: string | null
}

export type TitleTestCandidate = { variant: number; title: string; placements: TitleTestPlacement[] }

export type TitleTest = {
  contentType: TitleTestSlug
  id: string | number
  candidates: TitleTestCandidate[]
  verdict: TitleTestVerdict
}

const NOT_SENT: readonly Delivery['state'][] = ['cancelled']

/** The titles an item's data offers: 1 = its own, 2..5 = its candidates (absent ones left out). */
function titlesOf(args: { collection: TitleTestSlug; data: object }): Map<number, string> {
  const parts = outgoingTextParts({ collection: args.collection, data: args.data })
  const titles = new Map<number, string>()
  const own = parts.find((part) => part.slot === 'title' && part.platform === undefined)
  if (own) titles.set(1, own.text)
  for (let variant = 2; variant <= 5; variant += 1) {
    const found = parts.find((part) => part.slot === 'titleCandidate' && part.field === titleCandidatePath(variant))
    if (found) titles.set(variant, found.text)
  }
  return titles
}

/**
 * An item's title test: each title with where it went (account, time, delivery) and the verdict from
 * the post-metrics rows of the posts it led. A title is named as the revision that went out had it
 * (the item may have been edited since), else as the item has it now. System reads (overrideAccess):
 * the caller's right to read the item is checked by the endpoint first.
 */
export async function loadTitleTest(args: {
  payload: Payload
  req?: PayloadRequest
  collection: TitleTestSlug
  id: string | number
  current: object
}): Promise<TitleTest> {
  const { payload, req, collection, id } = args
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { and: [{ 'content.relationTo': { equals: collection } }, { 'content.value': { equals: id } }] },
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    overrideAccess: true,
    req,
  })
  const deliveries = docs.filter((delivery) => !NOT_SENT.includes(delivery.state))
  const entryIds = deliveries.map((d) => relationId(d.calendarEntry)).filter((v) => v !== null)
  const slotTimes = new Map(
    entryIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'calendar-entries',
            where: { id: { in: entryIds } },
            select: { publishAt: true },
            depth: 0,
            pagination: false,
            overrideAccess: true,
            req,
          })
        ).docs.map((entry) => [String(entry.id), entry.publishAt]),
  )
  const accounts = new Map<string, { id: string | number; name: string; platform: string }>()
  for (const accountId of new Set(deliveries.map((d) => relationId(d.account)).filter((v) => v !== null))) {
    const account = await payload.findByID({
      collection: 'platform-accounts',
      id: accountId,
      depth: 0,
      select: { name: true, platform: true },
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (account) accounts.set(String(accountId), { id: account.id, name: account.name, platform: account.platform })
  }

  const titles = titlesOf({ collection, data: args.current })
  const revisions = [...new Set(deliveries.filter((d) => d.state === 'published' && d.revision).map((d) => String(d.revision)))]
  // Oldest first, so the newest revision that went out names each title.
  for (const revision of revisions) {
    const version = await payload.findVersionByID({ collection, id: revision, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (version) for (const [variant, title] of titlesOf({ collection, data: version.version })) titles.set(variant, title)
  }

  const placements = new Map<number, TitleTestPlacement[]>()
  const posts: TestPost[] = []
  for (const delivery of deliveries) {
    const variant = effectiveTitleVariant(delivery.titleVariant)
    const account = accounts.get(String(relationId(delivery.account))) ?? null
    const list = placements.get(variant) ?? []
    list.push({
      delivery: delivery.id,
      account: account ? { id: account.id, name: account.name } : null,
      platform: account?.platform ?? null,
      at: delivery.publishedAt ?? slotTimes.get(String(relationId(delivery.calendarEntry))) ?? delivery.createdAt,
      state: delivery.state,
      url: delivery.url ?? null,
    })
    placements.set(variant, list)
    if (delivery.state === 'published' && account)
      posts.push({ delivery: delivery.id, variant, platform: account.platform, publishedAt: delivery.publishedAt ?? null })
  }

  const rows =
    posts.length === 0
      ? []
      : (
          await payload.find({
            collection: 'post-metrics',
            where: { and: [{ delivery: { in: posts.map((post) => post.delivery) } }, { position: { equals: 1 } }] },
            select: METRIC_ROW_SELECT,
            depth: 0,
            pagination: false,
            sort: 'date',
            overrideAccess: true,
            req,
          })
        ).docs.map(toMetricRow)

  const variants = [...new Set([...titles.keys(), ...placements.keys()])].sort((a, b) => a - b)
  return {
    contentType: collection,
    id,
    candidates: variants.map((variant) => ({ variant, title: titles.get(variant) ?? '', placements: placements.get(variant) ?? [] })),
    verdict: decideTitleTest({ posts, rows, timeZone: env.APP_TIMEZONE }),
  }
}
