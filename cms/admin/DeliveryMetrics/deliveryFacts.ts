import { z } from 'zod'
import { CONTENT_KIND, isContentSlug } from '../../content'
import type { ContentKind } from '../../../lib/platforms'

const titled = z.object({ title: z.string().nullish() }).passthrough()
/** The delivery as the quick form reads it over REST (depth 1: the account, the content and the 次条 populated). */
export const deliveryViewSchema = z.object({
  id: z.union([z.string(), z.number()]),
  state: z.string(),
  account: z.union([z.object({ name: z.string(), platform: z.string() }).passthrough(), z.string(), z.number()]),
  content: z.object({ relationTo: z.string(), value: z.union([titled, z.string(), z.number()]) }),
  bundle: z.array(z.object({ article: z.union([titled, z.string(), z.number()]) }).passthrough()).nullish(),
})
export type DeliveryView = z.infer<typeof deliveryViewSchema>

export type DeliveryFacts = {
  published: boolean
  platform: string | null
  accountName: string
  kind: ContentKind | null
  /** 第 1 篇 is the lead; then the 次条 in order. */
  articles: { position: number; title: string }[]
}

const titleOf = (value: unknown, fallback: string) =>
  typeof value === 'object' && value !== null && 'title' in value && typeof value.title === 'string' && value.title ? value.title : fallback

export function deliveryFactsOf(delivery: DeliveryView): DeliveryFacts {
  const account = typeof delivery.account === 'object' ? delivery.account : null
  const lead = { position: 1, title: titleOf(delivery.content.value, '头条') }
  const more = (delivery.bundle ?? []).map((row, index) => ({ position: index + 2, title: titleOf(row.article, `第 ${index + 2} 篇`) }))
  return {
    published: delivery.state === 'published',
    platform: account?.platform ?? null,
    accountName: account?.name ?? '',
    kind: isContentSlug(delivery.content.relationTo) ? CONTENT_KIND[delivery.content.relationTo] : null,
    articles: [lead, ...more],
  }
}
