import type { PayloadRequest } from 'payload'
import { contentRefOf, relationId, type ContentRef } from '../../content'
import { loadTitles, titleSent } from '../targets/loadTitles'
import type { DashboardLabels } from './dashboardAnswer'

type FlaggedPost = { delivery: string | number; position: number }

/**
 * The title each flagged post went out with and its item's admin address, from its delivery (the
 * lead is position 1, a 次条 is the bundle's article at position − 1, as fillFromDelivery numbers
 * them). A system read: every team role may read the items' titles, though only editors read deliveries.
 */
export async function flaggedPostLabels(args: { req: PayloadRequest; posts: readonly FlaggedPost[] }): Promise<DashboardLabels['posts']> {
  const labels: DashboardLabels['posts'] = new Map()
  if (args.posts.length === 0) return labels
  const found = await args.req.payload.find({
    collection: 'deliveries',
    where: { id: { in: [...new Set(args.posts.map((post) => post.delivery))] } },
    select: { content: true, bundle: true, titleVariant: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: args.req,
  })
  const deliveries = new Map(found.docs.map((doc) => [String(doc.id), doc]))
  const refs = new Map<string, { ref: ContentRef; variant: number | null }>()
  for (const post of args.posts) {
    const delivery = deliveries.get(String(post.delivery))
    if (!delivery) continue
    const lead = contentRefOf(delivery.content)
    const bundled = relationId(delivery.bundle?.[post.position - 2]?.article)
    const ref = post.position === 1 ? lead : bundled === null ? null : { relationTo: 'articles' as const, value: bundled }
    if (ref) refs.set(`${post.delivery}:${post.position}`, { ref, variant: post.position === 1 ? (delivery.titleVariant ?? null) : null })
  }
  const titles = await loadTitles({ payload: args.req.payload, refs: [...refs.values()].map((entry) => entry.ref) })
  for (const post of args.posts) {
    const key = `${post.delivery}:${post.position}`
    const entry = refs.get(key)
    labels.set(
      key,
      entry
        ? {
            title: titleSent({ titles, ref: entry.ref, variant: entry.variant }),
            itemUrl: `/admin/collections/${entry.ref.relationTo}/${encodeURIComponent(String(entry.ref.value))}`,
          }
        : { title: '（已删除的内容）', itemUrl: null },
    )
  }
  return labels
}
