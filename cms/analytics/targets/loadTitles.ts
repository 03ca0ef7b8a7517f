import type { Payload } from 'payload'
import type { ContentRef } from '../../content'

/** An item's title and its candidates (title 1 is the item's own, 2..5 the candidates), keyed `collection:id`. */
export type ItemTitles = Map<string, { title: string; candidates: string[] }>

export const itemKey = (ref: ContentRef): string => `${ref.relationTo}:${ref.value}`

const idsIn = (refs: readonly ContentRef[], collection: ContentRef['relationTo']) => [
  ...new Set(refs.filter((ref) => ref.relationTo === collection).map((ref) => ref.value)),
]

export async function loadTitles(args: { payload: Payload; refs: readonly ContentRef[] }): Promise<ItemTitles> {
  const titles: ItemTitles = new Map()
  const common = { depth: 0, pagination: false, overrideAccess: true } as const
  for (const collection of ['articles', 'videos'] as const) {
    const ids = idsIn(args.refs, collection)
    if (ids.length === 0) continue
    const found = await args.payload.find({
      collection,
      where: { id: { in: ids } },
      select: { title: true, titleCandidates: true },
      ...common,
    })
    for (const doc of found.docs)
      titles.set(itemKey({ relationTo: collection, value: doc.id }), {
        title: doc.title,
        candidates: (doc.titleCandidates ?? []).map((candidate) => candidate.title),
      })
  }
  // Posters and notes carry no title candidates.
  for (const collection of ['posters', 'notes'] as const) {
    const ids = idsIn(args.refs, collection)
    if (ids.length === 0) continue
    const found = await args.payload.find({ collection, where: { id: { in: ids } }, select: { title: true }, ...common })
    for (const doc of found.docs) titles.set(itemKey({ relationTo: collection, value: doc.id }), { title: doc.title, candidates: [] })
  }
  return titles
}

/** The title a post went out with: candidate `variant` (1 or empty = the item's own title). */
export function titleSent(args: { titles: ItemTitles; ref: ContentRef; variant: number | null }): string {
  const found = args.titles.get(itemKey(args.ref))
  if (!found) return '（已删除的内容）'
  const variant = args.variant ?? 1
  return variant > 1 ? (found.candidates[variant - 2] ?? found.title) : found.title
}
