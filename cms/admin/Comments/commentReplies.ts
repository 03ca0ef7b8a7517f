import { z } from 'zod'

const id = z.union([z.string(), z.number()])

const author = z.union([id, z.object({ id, name: z.string().nullish(), role: z.string().nullish() }), z.null()]).optional()

export const commentSchema = z.object({ id, body: z.string(), author, createdAt: z.string(), updatedAt: z.string().optional() })
export type CommentRow = z.infer<typeof commentSchema>

export const commentListSchema = z.object({ docs: z.array(commentSchema), totalDocs: z.number().optional() })
export const createdCommentSchema = z.object({ doc: commentSchema })

/** The comments of one item, oldest first, with their authors' names (teammates may read each other's). */
export function commentsPath(args: { collection: string; id: string | number }): string {
  const query = new URLSearchParams({
    'where[doc.relationTo][equals]': args.collection,
    'where[doc.value][equals]': String(args.id),
    sort: 'createdAt',
    depth: '1',
    limit: '200',
    'populate[users][name]': 'true',
    'populate[users][role]': 'true',
  })
  return `/comments?${query.toString()}`
}

export const authorIdOf = (comment: CommentRow): string | null => {
  if (comment.author === null || comment.author === undefined) return null
  return typeof comment.author === 'object' ? String(comment.author.id) : String(comment.author)
}

export const authorNameOf = (comment: CommentRow): string =>
  comment.author && typeof comment.author === 'object' && comment.author.name ? comment.author.name : '（已删除的用户）'
