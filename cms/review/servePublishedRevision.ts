import type { CollectionBeforeReadHook, PayloadRequest } from 'payload'
import type { ContentSlug } from './applyTransition'
import { readReviewFields } from './reviewFields'

/**
 * An anonymous reader (REST, GraphQL, the public site) gets the published revision, whatever the
 * stored document holds now (an edit still in review): every field it asked for is replaced with
 * that revision's value. It runs before relations are populated, so the revision's own cover is
 * what gets populated, with the reader's access. Without a published revision nothing is shown.
 */
export const servePublishedRevision: CollectionBeforeReadHook = async ({ collection, doc, overrideAccess, req }) => {
  if (req.user || overrideAccess === true) return doc
  const id = doc.id as string | number
  const pinned =
    (await readReviewFields({ payload: req.payload, req, collection: collection.slug as ContentSlug, id }))?.publishedVersion ?? null
  const revision = pinned ? await readRevision({ req, collection: collection.slug, parent: id, id: pinned }) : null
  const shown: Record<string, unknown> = {}
  for (const key of Object.keys(doc)) shown[key] = revision?.[key] ?? null
  if ('status' in doc) shown.status = revision ? 'published' : null
  if ('publishedVersion' in doc) shown.publishedVersion = pinned
  return { ...shown, id }
}

async function readRevision(args: {
  req: PayloadRequest
  collection: string
  parent: string | number
  id: string
}): Promise<Record<string, unknown> | null> {
  const { docs } = await args.req.payload.db.findVersions<Record<string, unknown>>({
    collection: args.collection,
    where: { and: [{ id: { equals: args.id } }, { parent: { equals: args.parent } }] },
    limit: 1,
    pagination: false,
    req: args.req,
  })
  return docs[0]?.version ?? null
}
