import type { CollectionBeforeReadHook, PayloadRequest } from 'payload'
import { type ContentDoc, type ContentSlug, isContentSlug } from '../content'
import { readReviewFields } from './reviewFields'

/**
 * An anonymous reader (REST, GraphQL, the public site) gets the published revision, whatever the
 * stored document holds now (an edit still in review): every field it asked for is replaced with
 * that revision's value. It runs before relations are populated, so the revision's own cover is
 * what gets populated, with the reader's access. Without a published revision nothing is shown.
 */
export const servePublishedRevision: CollectionBeforeReadHook<ContentDoc> = async ({ collection, doc, overrideAccess, req }) => {
  if (req.user || overrideAccess === true || !isContentSlug(collection.slug)) return doc
  const { id } = doc
  const pinned = (await readReviewFields({ payload: req.payload, req, collection: collection.slug, id }))?.publishedVersion ?? null
  const revision = pinned ? await readRevision({ req, collection: collection.slug, parent: id, id: pinned }) : null
  const published = new Map<string, unknown>(revision ? Object.entries(revision) : [])
  // Only the fields asked for (a select) are in `doc`: the reply keeps its shape.
  const shown = Object.fromEntries(Object.keys(doc).map((key) => [key, published.get(key) ?? null]))
  if ('status' in doc) shown.status = revision ? 'published' : null
  if ('publishedVersion' in doc) shown.publishedVersion = pinned
  return { ...shown, id }
}

async function readRevision(args: {
  req: PayloadRequest
  collection: ContentSlug
  parent: string | number
  id: string
}): Promise<ContentDoc | null> {
  const { docs } = await args.req.payload.db.findVersions<ContentDoc>({
    collection: args.collection,
    where: { and: [{ id: { equals: args.id } }, { parent: { equals: args.parent } }] },
    limit: 1,
    pagination: false,
    req: args.req,
  })
  return docs[0]?.version ?? null
}
