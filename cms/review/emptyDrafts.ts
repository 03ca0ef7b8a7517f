import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, Payload, PayloadRequest, Where } from 'payload'
import type { ContentSlug } from '../content'

/**
 * An empty draft: what 创建新条目 leaves when someone opens the form and walks away (drafts autosave,
 * so the record exists at once). Never submitted (a draft holding no approval and no public
 * revision) and nothing written in the fields that make an item: the title and its text or media.
 */
const SUBSTANCE: Record<ContentSlug, { text: string[]; media: string[] }> = {
  articles: { text: ['title', 'body', 'digest'], media: ['cover'] },
  videos: { text: ['title', 'description'], media: ['file', 'cover'] },
  posters: { text: ['title', 'copy'], media: ['image'] },
  notes: { text: ['title', 'body'], media: ['images'] },
}

const blank = (field: string): Where => ({ or: [{ [field]: { exists: false } }, { [field]: { equals: '' } }] })
const filled = (field: string): Where => ({ and: [{ [field]: { exists: true } }, { [field]: { not_equals: '' } }] })

/** Matches the empty drafts of `collection` (on the main document, or on the latest version with `draft: true`). */
export function emptyDraftWhere(collection: ContentSlug): Where {
  const { text, media } = SUBSTANCE[collection]
  return {
    and: [
      { status: { equals: 'draft' } },
      { approvedVersion: { exists: false } },
      { publishedVersion: { exists: false } },
      ...text.map(blank),
      ...media.map((field) => ({ [field]: { exists: false } })),
    ],
  }
}

/** Everything but the empty drafts: what lists, pickers and counts show. */
export function notEmptyDraftWhere(collection: ContentSlug): Where {
  const { text, media } = SUBSTANCE[collection]
  return {
    or: [
      { status: { not_equals: 'draft' } },
      { approvedVersion: { exists: true } },
      { publishedVersion: { exists: true } },
      ...text.map(filled),
      ...media.map((field) => ({ [field]: { exists: true } })),
    ],
  }
}

/**
 * Lists, pickers, counts and GraphQL lists never show empty drafts, to anyone; one item read by id
 * still answers (the form its author is typing into). Server code overriding access reads everything.
 */
export function hideEmptyDrafts(collection: ContentSlug): CollectionBeforeOperationHook {
  return ({ args, operation, overrideAccess }) => {
    if (overrideAccess === true) return args
    // Payload names find, findByID and findVersions all 'read': a find carries `draft` and no `id`.
    const isFind = operation === 'read' && 'draft' in args && !('id' in args)
    if (!isFind && operation !== 'count') return args
    const query = args as { where?: Where }
    const hidden = notEmptyDraftWhere(collection)
    return { ...args, where: query.where ? { and: [query.where, hidden] } : hidden }
  }
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Marks the system's own delete of empty drafts (in `req.context`): not a person deleting, whatever the request's user. */
export const SYSTEM_CLEANUP = 'emptyDraftCleanup'

/**
 * Deletes the empty drafts of `collection` untouched for a day (with their versions). Empty in the
 * stored document and in the latest version both: autosaved text lives only in the version, and
 * a saved item whose draft was cleared still holds its saved text.
 */
export async function deleteStaleEmptyDrafts(args: {
  payload: Payload
  req?: PayloadRequest
  collection: ContentSlug
  now?: Date
}): Promise<number> {
  const { payload, req, collection } = args
  const cutoff = new Date((args.now ?? new Date()).getTime() - DAY_MS).toISOString()
  const stale = await payload.find({
    collection,
    draft: true,
    overrideAccess: true,
    req,
    depth: 0,
    limit: 100,
    pagination: false,
    select: { status: true },
    where: { and: [emptyDraftWhere(collection), { updatedAt: { less_than: cutoff } }] },
  })
  if (stale.docs.length === 0) return 0
  const deleted = await payload.delete({
    collection,
    overrideAccess: true,
    req,
    depth: 0,
    context: { [SYSTEM_CLEANUP]: true },
    where: { and: [{ id: { in: stale.docs.map((doc) => doc.id) } }, emptyDraftWhere(collection)] },
  })
  // The request goes on (the create that triggered this): later deletes in it are people's again.
  if (req) delete req.context[SYSTEM_CLEANUP]
  return deleted.docs.length
}

/** Each new item clears the collection's day-old empty drafts: no timer to run, and they go where they pile up. */
export function cleanUpOnCreate(collection: ContentSlug): CollectionAfterChangeHook {
  return async ({ doc, operation, req }) => {
    if (operation !== 'create') return doc
    try {
      await deleteStaleEmptyDrafts({ payload: req.payload, req, collection })
    } catch (error) {
      req.payload.logger.warn({ err: error, collection }, 'empty drafts not cleaned up')
    }
    return doc
  }
}
