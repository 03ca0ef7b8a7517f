import type { Payload, PayloadRequest, Where } from 'payload'
import { z } from 'zod'
import { type ContentDoc, type ContentSlug, relationId } from '../content'
import { writeVersionFields } from '../database/versionFields'
import { REVIEW_STATES, type ReviewState } from '../workflow/reviewStates'

/**
 * The review fields: the state, the pinned approved revision, its approver and the revision the
 * public page shows. The main document holds them; its latest version carries a copy, because that
 * is what `draft: true` reads (the admin's form, the review bar) and what the next save starts from.
 */
export type ReviewFields = {
  status: ReviewState
  approvedVersion: string | null
  approvedBy: string | number | null
  publishedVersion: string | null
}

/** The review fields as a row stores them (the approver may come populated); the adapter's rows are untyped. */
const storedReviewFields = z.object({
  status: z.enum(REVIEW_STATES),
  approvedVersion: z.unknown(),
  approvedBy: z.unknown(),
  publishedVersion: z.unknown(),
})
type StoredReviewFields = z.infer<typeof storedReviewFields>

type Target = { payload: Payload; req?: PayloadRequest; collection: ContentSlug; id: string | number }

export function pickReviewFields(doc: StoredReviewFields): ReviewFields {
  const text = (value: unknown) => (value === null || value === undefined || value === '' ? null : String(value))
  return {
    status: doc.status,
    approvedVersion: text(doc.approvedVersion),
    approvedBy: relationId(doc.approvedBy),
    publishedVersion: text(doc.publishedVersion),
  }
}

/** The main document's review fields, or null when it is gone. */
export async function readReviewFields(args: Target): Promise<ReviewFields | null> {
  const doc = await args.payload.db.findOne<StoredReviewFields & { id: string | number }>({
    collection: args.collection,
    where: { id: { equals: args.id } },
    select: { status: true, approvedVersion: true, approvedBy: true, publishedVersion: true },
    req: args.req,
  })
  return doc ? pickReviewFields(doc) : null
}

/**
 * Writes review fields to the main document, then the same values into its latest version. With
 * `from`, a compare-and-set on the state: nothing is written unless the document is still in `from`
 * (another writer got there first). Returns the fields as written, or null when nothing was.
 */
export async function writeReviewFields(
  args: Target & { fields: Partial<ReviewFields>; from?: ReviewState },
): Promise<ReviewFields | null> {
  const { payload, req, collection } = args
  const where: Where = args.from ? { and: [{ id: { equals: args.id } }, { status: { equals: args.from } }] } : { id: { equals: args.id } }
  const row: unknown = await payload.db.updateOne({ collection, where, data: { ...args.fields }, req })
  const moved = row ? storedReviewFields.parse(row) : null
  if (!moved || (args.fields.status !== undefined && moved.status !== args.fields.status)) return null
  const written = pickReviewFields(moved)
  await copyToLatestVersion({ payload, req, collection, id: args.id, fields: written })
  return written
}

/**
 * The review fields into the document's latest version, where it holds others: also to finish a write
 * of `writeReviewFields` whose process stopped between the document and its version.
 */
export async function copyToLatestVersion(args: Target & { fields: ReviewFields }): Promise<void> {
  const { payload, req, collection } = args
  const { docs } = await payload.db.findVersions<ContentDoc>({
    collection,
    where: { and: [{ parent: { equals: args.id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 0,
    pagination: false,
    req,
  })
  for (const row of docs) {
    const held = storedReviewFields.safeParse(row.version)
    if (held.success && sameReviewFields(pickReviewFields(held.data), args.fields)) continue
    await writeVersionFields({ payload, req, collection, row, fields: args.fields })
  }
}

function sameReviewFields(a: ReviewFields, b: ReviewFields): boolean {
  return (
    a.status === b.status &&
    a.approvedVersion === b.approvedVersion &&
    String(a.approvedBy) === String(b.approvedBy) &&
    a.publishedVersion === b.publishedVersion
  )
}
