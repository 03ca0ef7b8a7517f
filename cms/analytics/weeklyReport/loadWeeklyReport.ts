import type { Payload, PayloadRequest } from 'payload'
import { PLATFORMS } from '../../../lib/platforms'
import { addDays, zonedDate, zonedToUtc } from '../../../lib/zonedTime'
import { CONTENT_SLUGS, contentRefOf, relationId, type ContentRef, type ContentSlug } from '../../content'
import { loadMetricRows } from '../loadMetricRows'
import { buildWeeklyReport } from './buildWeeklyReport'
import type { WeekPair } from './reportWeek'
import type { FollowerRow, PublishedDelivery, ReportAccount, ReportItem, ReportPerson, WeeklyReport } from './types'

type Id = string | number
type Reader = { payload: Payload; req: PayloadRequest }

/** The caller's own access: the report shows what they may read. */
const asCaller = (req: PayloadRequest) => ({ req, user: req.user, overrideAccess: false, depth: 0, pagination: false }) as const

/**
 * Reads what the weekly report of `weeks.week` needs (and the week before, for the change) and builds
 * it. Everything is read with the caller's access, except deliveries, which only editors may read: the
 * report takes from them only how many items went out where and by whom, never a delivery's fields.
 */
export async function loadWeeklyReport(args: Reader & { weeks: WeekPair; timeZone: string }): Promise<WeeklyReport> {
  const { payload, req, weeks, timeZone } = args
  const [accounts, people, rows, followerRows, deliveries] = await Promise.all([
    loadAccounts(args),
    loadPeople(args),
    loadMetricRows({ payload, req, from: weeks.previous.from, to: weeks.week.to }),
    loadFollowerRows({ ...args, from: addDays(weeks.previous.from, -1), to: weeks.week.to }),
    loadPublished({ payload, req, weeks, timeZone }),
  ])
  const refs = [
    ...deliveries.flatMap((delivery) => delivery.refs),
    ...rows.flatMap((row) => {
      const ref = contentRefOf({ relationTo: row.contentCollection, value: row.contentId })
      return ref === null ? [] : [ref]
    }),
  ]
  const items = await loadItems({ payload, req, refs })
  const itemOf = (ref: ContentRef): ReportItem =>
    items.get(`${ref.relationTo}:${ref.value}`) ?? { collection: ref.relationTo, id: ref.value, owner: null, title: '（无权查看的内容）' }
  const published: PublishedDelivery[] = deliveries.map((delivery) => ({
    account: delivery.account,
    publishedOn: delivery.publishedOn,
    items: delivery.refs.map(itemOf),
  }))
  const titles = new Map([...items].map(([key, item]) => [key, item.title]))
  return buildWeeklyReport({ weeks, accounts, people, rows, followerRows, published, titles })
}

async function loadAccounts({ payload, req }: Reader): Promise<ReportAccount[]> {
  const { docs } = await payload.find({ ...asCaller(req), collection: 'platform-accounts', select: { name: true, platform: true } })
  const order = (platform: string) => (PLATFORMS as readonly string[]).indexOf(platform)
  return docs
    .map((doc) => ({ id: doc.id, name: doc.name, platform: doc.platform }))
    .sort((a, b) => order(a.platform) - order(b.platform) || a.name.localeCompare(b.name, 'zh'))
}

async function loadPeople({ payload, req }: Reader): Promise<ReportPerson[]> {
  const { docs } = await payload.find({ ...asCaller(req), collection: 'users', select: { name: true, weeklyOutputTarget: true } })
  return docs.map((doc) => ({ id: doc.id, name: doc.name, weeklyOutputTarget: doc.weeklyOutputTarget ?? null }))
}

async function loadFollowerRows(args: Reader & { from: string; to: string }): Promise<FollowerRow[]> {
  const { docs } = await args.payload.find({
    ...asCaller(args.req),
    collection: 'account-metrics',
    where: { and: [{ date: { greater_than_equal: args.from } }, { date: { less_than_equal: args.to } }] },
    select: { account: true, date: true, followers: true, newFollowers: true, lostFollowers: true },
  })
  return docs.flatMap((doc) => {
    const account = relationId(doc.account)
    return account === null
      ? []
      : [
          {
            account,
            date: doc.date,
            followers: doc.followers ?? null,
            newFollowers: doc.newFollowers ?? null,
            lostFollowers: doc.lostFollowers ?? null,
          },
        ]
  })
}

async function loadPublished(
  args: Reader & { weeks: WeekPair; timeZone: string },
): Promise<{ account: Id; publishedOn: string; refs: ContentRef[] }[]> {
  const { weeks, timeZone } = args
  const start = zonedToUtc({ date: weeks.previous.from, time: '00:00', timeZone }).toISOString()
  const end = zonedToUtc({ date: addDays(weeks.week.to, 1), time: '00:00', timeZone }).toISOString()
  const { docs } = await args.payload.find({
    collection: 'deliveries',
    req: args.req,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    where: {
      and: [{ state: { equals: 'published' } }, { publishedAt: { greater_than_equal: start } }, { publishedAt: { less_than: end } }],
    },
    select: { content: true, bundle: true, account: true, publishedAt: true },
  })
  return docs.flatMap((doc) => {
    const account = relationId(doc.account)
    const lead = contentRefOf(doc.content)
    if (account === null || lead === null || !doc.publishedAt) return []
    const bundle = (doc.bundle ?? []).flatMap((row) => {
      const id = relationId(row.article)
      return id === null ? [] : [{ relationTo: 'articles' as const, value: id }]
    })
    return [{ account, publishedOn: zonedDate({ at: new Date(doc.publishedAt), timeZone }), refs: [lead, ...bundle] }]
  })
}

/** Titles and owners of the items, one query per content collection. */
async function loadItems(args: Reader & { refs: readonly ContentRef[] }): Promise<Map<string, ReportItem>> {
  const items = new Map<string, ReportItem>()
  for (const collection of CONTENT_SLUGS) {
    const ids = [...new Set(args.refs.filter((ref) => ref.relationTo === collection).map((ref) => ref.value))]
    if (ids.length === 0) continue
    const { docs } = await args.payload.find({
      ...asCaller(args.req),
      collection: collection satisfies ContentSlug,
      where: { id: { in: ids } },
      select: { title: true, owner: true },
    })
    for (const doc of docs) {
      items.set(`${collection}:${doc.id}`, { collection, id: doc.id, owner: relationId(doc.owner), title: doc.title })
    }
  }
  return items
}
