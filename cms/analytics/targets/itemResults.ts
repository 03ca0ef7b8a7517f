import type { PayloadRequest, Where } from 'payload'
import { isPlatformId, PLATFORMS } from '../../../lib/platforms'
import type { ContentSlug } from '../../content'
import { titleOrUntitled } from '../../review/untitledDraft'
import { findForUser } from '../../http/findForUser'
import { loadMetricRows } from '../loadMetricRows'
import type { MetricRow } from '../metricRow'
import { loadAccounts, unknownAccount } from './loadAccounts'
import { numbersOf } from './metricNumbers'
import { loadPublishedDeliveries, type PublishedDelivery } from './publishedDeliveries'
import { itemResultsSchema, type ItemResults } from './replies'

const KIND_WORDS: Record<ContentSlug, string> = { articles: '图文', videos: '视频', posters: '海报', notes: '图文笔记' }

function byDay(rows: readonly MetricRow[]): ItemResults['days'] {
  const days = new Map<string, MetricRow[]>()
  for (const row of rows) days.set(row.date, [...(days.get(row.date) ?? []), row])
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, dayRows]) => ({ date, ...numbersOf(dayRows) }))
}

/** The deliveries that sent the item (as the lead or inside a push) and those its rows name. */
async function itemDeliveries(args: { req: PayloadRequest; collection: ContentSlug; id: string | number; rows: readonly MetricRow[] }) {
  const asLead: Where = { and: [{ 'content.relationTo': { equals: args.collection } }, { 'content.value': { equals: args.id } }] }
  const named = [...new Set(args.rows.map((row) => row.delivery))]
  const where: Where = {
    or: [
      asLead,
      ...(args.collection === 'articles' ? [{ 'bundle.article': { equals: args.id } }] : []),
      ...(named.length > 0 ? [{ id: { in: named } }] : []),
    ],
  }
  return loadPublishedDeliveries({ payload: args.req.payload, where })
}

/** Where the item sits in a push (1 = the lead), or null when the push no longer holds it. */
function positionOf(args: { delivery: PublishedDelivery; collection: ContentSlug; id: string | number }): number | null {
  const index = args.delivery.articles.findIndex(
    (article) => article.ref.relationTo === args.collection && String(article.ref.value) === String(args.id),
  )
  return index === -1 ? null : index + 1
}

/**
 * One item's numbers per account (its posts, bundle positions included, and each day) and in total:
 * what GET /api/analytics/items/:contentType/:id answers. The item is read with the caller's access.
 */
export async function itemResults(args: {
  req: PayloadRequest
  collection: ContentSlug
  id: string
  range: { from?: string; to?: string }
}): Promise<ItemResults> {
  const { req, collection } = args
  const item = await findForUser({ req, collection, id: args.id, missing: `找不到这条${KIND_WORDS[collection]}，或你没有查看它的权限。` })
  const rows = await loadMetricRows({
    payload: req.payload,
    req,
    from: args.range.from ?? '0000-01-01',
    to: args.range.to ?? '9999-12-31',
    where: { and: [{ 'content.relationTo': { equals: collection } }, { 'content.value': { equals: item.id } }] },
  })
  const deliveries = await itemDeliveries({ req, collection, id: item.id, rows })
  const accountIds = [
    ...new Set([
      ...deliveries.map((delivery) => delivery.account),
      ...rows.flatMap((row) => (row.account === null ? [] : [String(row.account)])),
    ]),
  ]
  const accounts = await loadAccounts({ payload: req.payload, ids: accountIds })
  // In the platforms' own order, then by name: the same page reads the same way every time.
  const order = (id: string) => {
    const platform = accounts.get(id)?.platform
    return isPlatformId(platform) ? PLATFORMS.indexOf(platform) : PLATFORMS.length
  }
  accountIds.sort((a, b) => order(a) - order(b) || (accounts.get(a)?.name ?? '').localeCompare(accounts.get(b)?.name ?? '', 'zh'))
  const dates = rows.map((row) => row.date).sort()
  return itemResultsSchema.parse({
    // A new draft has no title yet; its 发布数据 panel still answers.
    item: { collection, id: item.id, title: titleOrUntitled(item.title) },
    range: { from: args.range.from ?? dates[0] ?? null, to: args.range.to ?? dates.at(-1) ?? null },
    totals: numbersOf(rows),
    days: byDay(rows),
    accounts: accountIds.map((accountId) => {
      const accountRows = rows.filter((row) => String(row.account) === accountId)
      const posts = deliveries
        .filter((delivery) => delivery.account === accountId)
        .flatMap((delivery) => {
          const position = positionOf({ delivery, collection, id: item.id })
          if (position === null) return []
          const postRows = accountRows.filter((row) => String(row.delivery) === delivery.id && row.position === position)
          return [
            {
              delivery: delivery.id,
              position,
              publishedAt: delivery.publishedAt,
              link: delivery.articles[position - 1]?.url ?? null,
              mass: delivery.mode === 'mass',
              titleVariant: position === 1 ? delivery.titleVariant : null,
              totals: numbersOf(postRows),
            },
          ]
        })
      return {
        account: accounts.get(accountId) ?? unknownAccount(accountId),
        totals: numbersOf(accountRows),
        days: byDay(accountRows),
        posts,
      }
    }),
  })
}
