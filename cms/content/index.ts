import type { ContentKind } from '../../publishers'
import type { Article, Note, Poster, Video } from '../payload-types'

/**
 * The content collections, one home: their slugs, the publisher's kind for each, references to them
 * and their ids (a number on SQLite, a string on MongoDB).
 */
export const CONTENT_SLUGS = ['articles', 'videos', 'posters', 'notes'] as const
export type ContentSlug = (typeof CONTENT_SLUGS)[number]

/** A content document of any of the content collections. */
export type ContentDoc = Article | Video | Poster | Note

/** A polymorphic relationship to content, as stored (the value may be populated). */
export type ContentRef = { relationTo: ContentSlug; value: string | number }

export const CONTENT_KIND: Record<ContentSlug, ContentKind> = { articles: 'article', videos: 'video', posters: 'poster', notes: 'note' }

export function isContentSlug(value: unknown): value is ContentSlug {
  return typeof value === 'string' && (CONTENT_SLUGS as readonly string[]).includes(value)
}

/** The id of a relationship's value, populated or not; null when it has none. */
export function relationId(value: unknown): string | number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return null
}

/** A stored reference to content with its id unpopulated, or null when it is not one. */
export function contentRefOf(value: unknown): ContentRef | null {
  if (typeof value !== 'object' || value === null || !('relationTo' in value) || !('value' in value)) return null
  const id = relationId(value.value)
  return isContentSlug(value.relationTo) && id !== null ? { relationTo: value.relationTo, value: id } : null
}
