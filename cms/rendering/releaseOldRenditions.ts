import type { Payload, PayloadRequest, Where } from 'payload'
import type { ContentSlug } from '../content'

type Id = string | number

/** Every field of a content item that holds a media document (arrays by their dotted path). */
const MEDIA_FIELDS: Readonly<Record<ContentSlug, readonly string[]>> = {
  articles: ['cover'],
  videos: ['file', 'cover'],
  posters: ['image', 'sizes.image'],
  notes: ['images'],
}

/** The name the render endpoint gives a rendition of poster `posterId`: only those are its own to delete. */
export function renditionFilename(args: { posterId: Id; size: string; at: number }): string {
  return `poster-${args.posterId}-${args.size}-${args.at}.png`
}

const ownedBy = (posterId: Id, filename: unknown): boolean => typeof filename === 'string' && filename.startsWith(`poster-${posterId}-`)

const anyOf = (paths: readonly string[], id: Id): Where => ({ or: paths.map((field) => ({ [field]: { equals: id } })) })

/**
 * Whether anything still needs media `id`: a current item's field, an article body that shows its file,
 * the latest (possibly unsaved-to-main) draft of an item, or a pinned revision (approved or published),
 * which a queued publish or the public page reads.
 */
async function isReferenced(args: { payload: Payload; req: PayloadRequest; id: Id; filename: string }): Promise<boolean> {
  const { payload, req, id } = args
  for (const [collection, fields] of Object.entries(MEDIA_FIELDS) as [ContentSlug, readonly string[]][]) {
    const current = await payload.count({ collection, where: anyOf(fields, id), overrideAccess: true, req })
    if (current.totalDocs > 0) return true
    const pinned = await payload.find({
      collection,
      where: { or: [{ approvedVersion: { exists: true } }, { publishedVersion: { exists: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { approvedVersion: true, publishedVersion: true },
    })
    const pinnedIds = pinned.docs.flatMap((doc) => [doc.approvedVersion, doc.publishedVersion]).filter((v): v is string => Boolean(v))
    const versions = await payload.findVersions({
      collection,
      where: {
        and: [
          anyOf(
            fields.map((field) => `version.${field}`),
            id,
          ),
          { or: [{ latest: { equals: true } }, ...(pinnedIds.length > 0 ? [{ id: { in: pinnedIds } }] : [])] },
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (versions.totalDocs > 0) return true
  }
  const shown = await payload.count({ collection: 'articles', where: { body: { contains: args.filename } }, overrideAccess: true, req })
  return shown.totalDocs > 0
}

/**
 * After a poster's renditions were replaced: deletes the previous renditions (media document and file)
 * that this poster's render made and nothing else needs any more. Returns what was deleted and kept.
 */
export async function releaseOldRenditions(args: {
  payload: Payload
  req: PayloadRequest
  posterId: Id
  previous: readonly Id[]
  current: readonly Id[]
}): Promise<{ deleted: Id[]; kept: Id[] }> {
  const { payload, req } = args
  const current = new Set(args.current.map(String))
  const deleted: Id[] = []
  const kept: Id[] = []
  for (const id of new Set(args.previous.filter((id) => !current.has(String(id))))) {
    const media = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!media) continue
    if (!ownedBy(args.posterId, media.filename) || (await isReferenced({ payload, req, id, filename: String(media.filename) }))) {
      kept.push(id)
      continue
    }
    // The system made it for this poster and nothing points at it: the poster's render removes it, whoever pressed the button.
    await payload.delete({ collection: 'media', id, overrideAccess: true, req })
    deleted.push(id)
  }
  return { deleted, kept }
}
