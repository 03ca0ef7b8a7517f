import { z } from 'zod'
import { CONTENT_SLUGS, type ContentSlug } from '../content'

/**
 * POST /api/topics/:id/start: what it takes and what it answers, for the endpoint and for the
 * calendar's 开始写作 button. Pure (zod only), so the admin's client code may import it.
 */
export const START_KIND_LABELS: Record<ContentSlug, string> = {
  articles: '图文',
  videos: '视频',
  posters: '海报',
  notes: '图文笔记',
}

const kindList = CONTENT_SLUGS.map((slug) => `${slug}（${START_KIND_LABELS[slug]}）`).join('、')
/** The 400 sentence for a body without a known kind. */
export const START_KIND_MISSING = `请选择要写的内容类型，例如 { "kind": "articles" }；kind 可以是 ${kindList}。`

export const startTopicBody = z.object({ kind: z.enum(CONTENT_SLUGS) })
export type StartTopicBody = z.infer<typeof startTopicBody>

const id = z.union([z.string(), z.number()])
const contentRef = z.object({ relationTo: z.enum(CONTENT_SLUGS), value: id })

/** 201: the draft, where to edit it, the slots it filled and those left waiting (with the reason). */
export const startTopicReply = z.object({
  content: contentRef,
  editUrl: z.string(),
  filled: z.array(id),
  skipped: z.array(z.object({ entry: id, reason: z.string() })),
})
export type StartTopicReply = z.infer<typeof startTopicReply>

/** 409: the topic was already started; `doc` is its draft when there is one yet. */
export const startTopicConflict = z.object({
  errors: z.array(z.object({ message: z.string() })),
  doc: contentRef.optional(),
  editUrl: z.string().optional(),
})
export type StartTopicConflict = z.infer<typeof startTopicConflict>

export function editUrlOf(ref: { relationTo: ContentSlug; value: string | number }): string {
  return `/admin/collections/${ref.relationTo}/${ref.value}`
}
