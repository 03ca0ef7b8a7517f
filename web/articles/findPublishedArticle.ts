import type { Payload } from 'payload'
import { relationId } from '../../cms/content'
import type { Article } from '../../cms/payload-types'
import { outgoingFor } from '../../cms/rendering/renderInputFor'
import { renderPublicHtml } from '../../templates'

export type PublicArticle = {
  title: string
  digest: string | null
  author: string | null
  html: string
  coverUrl: string | null
  coverAlt: string
  publishedAt: string
}

/**
 * The article whose published revision has this slug, read as an anonymous visitor: what comes back
 * is that revision (contentAccess, servePublishedRevision), never a draft or an edit in review. Its
 * Markdown is rendered by the same pipeline as the platforms.
 */
export async function findPublishedArticle(args: { payload: Payload; slug: string }): Promise<PublicArticle | null> {
  const { payload, slug } = args
  const doc = (await bySlug({ payload, slug })) ?? (await bySlugBeforeEdit({ payload, slug }))
  if (!doc) return null
  // Read at depth 1: the cover comes populated.
  const cover = doc.cover && typeof doc.cover === 'object' ? doc.cover : null
  // The page shows the outgoing text the compliance scan reads (cms/compliance/outgoingText.ts).
  const text = outgoingFor({ collection: 'articles', doc })
  return {
    title: text.title,
    digest: text.digest || null,
    author: text.author || null,
    html: renderPublicHtml(text.body),
    coverUrl: cover?.url ?? null,
    coverAlt: cover?.alt ?? '',
    publishedAt: (await publishedAt({ payload, id: doc.id })) ?? doc.updatedAt,
  }
}

/** The usual case: the stored document still has the slug its published revision has. */
async function bySlug(args: { payload: Payload; slug: string }): Promise<Article | null> {
  const { docs } = await args.payload.find({
    collection: 'articles',
    where: { slug: { equals: args.slug } },
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  return withSlug({ docs, slug: args.slug })
}

/** An edit in review changed the slug: the page stays where the published revision put it. */
async function bySlugBeforeEdit(args: { payload: Payload; slug: string }): Promise<Article | null> {
  const versions = await args.payload.findVersions({
    collection: 'articles',
    where: { 'version.slug': { equals: args.slug } },
    depth: 0,
    limit: 20,
    sort: '-updatedAt',
    overrideAccess: true,
  })
  const ids = [...new Set(versions.docs.map((version) => relationId(version.parent)))].filter((id) => id !== null)
  if (ids.length === 0) return null
  const { docs } = await args.payload.find({
    collection: 'articles',
    where: { id: { in: ids } },
    depth: 1,
    pagination: false,
    overrideAccess: false,
  })
  return withSlug({ docs, slug: args.slug })
}

function withSlug(args: { docs: Article[]; slug: string }): Article | null {
  return args.docs.find((doc) => doc.slug === args.slug) ?? null
}

async function publishedAt(args: { payload: Payload; id: string | number }): Promise<string | null> {
  const { docs } = await args.payload.find({
    collection: 'review-logs',
    where: { and: [{ docCollection: { equals: 'articles' } }, { docId: { equals: String(args.id) } }, { event: { equals: 'published' } }] },
    sort: '-at',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? docs[0].at : null
}
