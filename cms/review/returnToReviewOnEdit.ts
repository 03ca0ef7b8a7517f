import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { REVIEWED_FIELDS } from '../compliance/contentText'
import type { ReviewState } from '../workflow/reviewStates'
import type { ContentSlug } from './applyTransition'
import { cancelPendingDeliveries } from './cancelPendingDeliveries'
import { relationId } from './contentSnapshot'
import { notifyUser } from './notifyUser'
import { sameContent } from './sameContent'
import { writeReviewLog } from './writeReviewLog'

const APPROVED: ReviewState[] = ['approved', 'scheduled']
type Returned = { from: ReviewState; approver: string | number | null; draft: boolean }

/** Editing the title, body, digest, variants or media of approved or scheduled content sends it back to review. */
export const returnToReviewOnEdit: CollectionBeforeChangeHook = ({ collection, context, data, operation, originalDoc }) => {
  if (operation !== 'update' || context.reviewTransition || !originalDoc) return data
  const from = originalDoc.status as ReviewState
  if (!APPROVED.includes(from)) return data
  const fields = REVIEWED_FIELDS[collection.slug] ?? []
  const changed = fields.some((field) => field in data && !sameContent(data[field], originalDoc[field]))
  if (!changed) return data
  const returned: Returned = { from, approver: relationId(originalDoc.approvedBy), draft: data._status === 'draft' }
  context.returnedToReview = returned
  return { ...data, status: 'in_review', approvedVersion: null, approvedBy: null }
}

/** The consequences, in the same transaction: main document state, pending deliveries, log, approver told. */
export const afterReturnToReview: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
  const returned = context.returnedToReview as Returned | undefined
  if (!returned) return doc
  delete context.returnedToReview
  const slug = collection.slug as ContentSlug
  if (returned.draft) {
    // A draft save leaves the main document as it was; its review state must still change.
    await req.payload.db.updateOne({ collection: slug, id: doc.id, data: { status: 'in_review', approvedVersion: null, approvedBy: null }, req })
  }
  await cancelPendingDeliveries({ req, collection: slug, id: doc.id, reason: '定稿后内容被修改，已退回审核，未开始的发布已取消。' })
  await writeReviewLog({ payload: req.payload, req, collection: slug, id: doc.id, from: returned.from, to: 'in_review', event: 'edited_after_approval' })
  await notifyUser({
    req,
    recipient: returned.approver,
    kind: 'returned_to_review',
    message: `《${String(doc.title)}》在定稿后被${req.user ? `「${String((req.user as { name?: string }).name ?? req.user.id)}」` : ''}修改，已退回审核，请重新审核。`,
    doc: { relationTo: slug, value: doc.id },
  })
  return doc
}
