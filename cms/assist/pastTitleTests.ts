import type { Payload, PayloadRequest } from 'payload'
import type { PastTitleTest } from '../../assist'
import { contentRefOf } from '../content'
import { loadTitleTest, TITLE_TEST_SLUGS, type TitleTest, type TitleTestSlug } from '../analytics/titleTests/loadTitleTest'

const METRIC_WORDS = { readers: '阅读人数', plays: '播放量', interactions: '互动数' } as const
/** Enough recent tests to find a few decided ones, without reading the whole history on every click. */
const ITEMS_LOOKED_AT = 12
const DELIVERIES_LOOKED_AT = 60

/** A decided test as the titles prompt shows it, from the platform that decided it (the first, when several agree). */
export function pastTitleTestOf(test: TitleTest): PastTitleTest | null {
  const { verdict } = test
  if (verdict.outcome !== 'winner' || verdict.winner === null) return null
  const platform = verdict.platforms.find((p) => p.outcome === 'winner' && p.winner === verdict.winner)
  if (!platform?.metric) return null
  const titleOf = (variant: number) => test.candidates.find((c) => c.variant === variant)?.title ?? ''
  const winner = platform.variants.find((v) => v.variant === verdict.winner)
  const losers = platform.variants
    .filter((v) => v.variant !== verdict.winner && v.average !== null && titleOf(v.variant) !== '')
    .map((v) => ({ title: titleOf(v.variant), value: v.average ?? 0 }))
  if (!winner || winner.average === null || titleOf(winner.variant) === '' || losers.length === 0) return null
  return { metric: METRIC_WORDS[platform.metric], winner: { title: titleOf(winner.variant), value: winner.average }, losers }
}

/**
 * The team's last few decided title tests (newest first), for the titles task to learn from: items
 * whose posts sent a candidate (标题 2..5), judged as the results panel judges them. Titles of any
 * item are examples the whole team may see (every role reads all content).
 */
export async function pastTitleTests(args: { payload: Payload; req?: PayloadRequest; limit?: number }): Promise<PastTitleTest[]> {
  const { payload, req } = args
  const limit = args.limit ?? 5
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: {
      // Only articles and videos carry candidates; the others are left out below (relationTo is not a queryable path here).
      and: [{ state: { equals: 'published' } }, { titleVariant: { greater_than: 1 } }],
    },
    sort: '-publishedAt',
    limit: DELIVERIES_LOOKED_AT,
    depth: 0,
    select: { content: true },
    overrideAccess: true,
    req,
  })
  const items = new Map<string, { collection: TitleTestSlug; id: string | number }>()
  for (const delivery of docs) {
    const ref = contentRefOf(delivery.content)
    const collection = TITLE_TEST_SLUGS.find((slug) => slug === ref?.relationTo)
    if (!ref || collection === undefined) continue
    items.set(`${collection}:${ref.value}`, { collection, id: ref.value })
  }
  const found: PastTitleTest[] = []
  for (const item of [...items.values()].slice(0, ITEMS_LOOKED_AT)) {
    const current = await payload.findByID({
      collection: item.collection,
      id: item.id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!current) continue
    const example = pastTitleTestOf(await loadTitleTest({ payload, req, collection: item.collection, id: item.id, current }))
    if (example) found.push(example)
    if (found.length === limit) break
  }
  return found
}
