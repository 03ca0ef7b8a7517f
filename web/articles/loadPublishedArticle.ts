import config from '@payload-config'
import { getPayload } from 'payload'
import { renderPublicHtml } from '../../templates'

export type PublicArticle = { title: string; digest: string | null; author: string | null; html: string; coverUrl: string | null; coverAlt: string; publishedAt: string }

/**
 * A published article by its slug, read with the public's access (so nothing unpublished can leak),
 * its Markdown rendered by the same pipeline as the platforms.
 */
export async function loadPublishedArticle(slug: string): Promise<PublicArticle | null> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, limit: 1, depth: 1, overrideAccess: false })
  const doc = docs[0]
  if (!doc) return null
  const cover = doc.cover && typeof doc.cover === 'object' ? (doc.cover as { url?: string; alt?: string }) : null
  return {
    title: String(doc.title),
    digest: (doc.digest as string | null) ?? null,
    author: (doc.author as string | null) ?? null,
    html: renderPublicHtml(String(doc.body ?? '')),
    coverUrl: cover?.url ?? null,
    coverAlt: cover?.alt ?? '',
    publishedAt: String(doc.updatedAt),
  }
}
