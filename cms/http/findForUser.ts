import { APIError, type CollectionSlug, type DataFromCollectionSlug, type PayloadRequest } from 'payload'

/**
 * One document read with the caller's own access (what an endpoint acting for a user may see), or a
 * 404 that says what is missing, in the editor's words (`missing`).
 */
export async function findForUser<Slug extends CollectionSlug>(args: {
  req: PayloadRequest
  collection: Slug
  id: string | number
  missing: string
  /** The latest saved draft rather than the published document (what the author is working on). */
  draft?: boolean
}): Promise<DataFromCollectionSlug<Slug>> {
  const { req } = args
  const doc = await req.payload.findByID({
    collection: args.collection,
    id: args.id,
    depth: 0,
    ...(args.draft ? { draft: true } : {}),
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!doc) throw new APIError(args.missing, 404, null, true)
  return doc
}
