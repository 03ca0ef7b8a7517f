import type { Payload } from 'payload'
import { type ContentDoc, type ContentRef, relationId } from '../content'
import type { Poster } from '../payload-types'
import { applySystemTransition } from './applySystemTransition'
import { logMoveOnce } from './logMoveOnce'
import { copyToLatestVersion, readReviewFields } from './reviewFields'

/**
 * A platform confirmed a delivery of `revision`: approved or scheduled content moves to 已发布 (logged)
 * and the public page shows that revision, its cover made public. Content in any other state (edited
 * meanwhile, so back in review) is left as it is. Without a transaction: on SQLite a worker's
 * transaction whose COMMIT meets another process's write can be rolled back without an error, while
 * single statements fail loudly.
 */
export async function markContentPublished(args: { payload: Payload; content: ContentRef; revision: string | null }): Promise<void> {
  const { payload, content } = args
  const moved = await applySystemTransition({
    payload,
    collection: content.relationTo,
    id: content.value,
    event: 'published',
    revision: args.revision,
  })
  const shown = moved ? moved.fields.publishedVersion : await alreadyShown(args)
  if (!shown) return
  // The cover of the revision that went out, not of the document now (which an edit may have changed).
  const version = await payload.findVersionByID({
    collection: content.relationTo,
    id: shown,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const cover = version ? relationId(coverOf(version.version)) : null
  const media =
    cover === null ? null : await payload.findByID({ collection: 'media', id: cover, depth: 0, overrideAccess: true, disableErrors: true })
  if (media && media.public !== true) {
    await payload.update({
      collection: 'media',
      id: media.id,
      data: { public: true },
      overrideAccess: true,
      depth: 0,
      disableTransaction: true,
    })
  }
}

/**
 * The revision when the item already shows it: an earlier run moved it and may have been cut off before
 * its latest version had the move (what the admin's form reads), its log line was written or its cover
 * went public (the run is done again from the delivery's record), so all three still must.
 */
async function alreadyShown(args: { payload: Payload; content: ContentRef; revision: string | null }): Promise<string | null> {
  if (args.revision === null) return null
  const target = { payload: args.payload, collection: args.content.relationTo, id: args.content.value }
  const current = await readReviewFields(target)
  if (current?.status !== 'published' || current.publishedVersion !== args.revision) return null
  await copyToLatestVersion({ ...target, fields: current })
  await logMoveOnce({ ...target, event: 'published', to: 'published', revision: args.revision })
  return args.revision
}

/** A poster's picture is its cover. */
function coverOf(doc: ContentDoc): Poster['image'] {
  return 'image' in doc ? doc.image : 'cover' in doc ? doc.cover : null
}
