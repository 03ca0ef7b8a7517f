import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { REVIEWED_FIELDS } from '../compliance/contentText'
import { type ContentDoc, isContentSlug } from '../content'
import { editEventFor, type SystemEvent } from '../workflow/review'
import { applySystemTransition } from './applySystemTransition'
import { cancelPendingDeliveries } from './cancelPendingDeliveries'
import { notifyUser } from './notifyUser'
import { readReviewFields } from './reviewFields'
import { sameContent } from './sameContent'

type Returned = { event: SystemEvent; approver: string | number | null }

/**
 * Every save (a form, a draft autosave, a restored version, GraphQL) keeps the review fields of the
 * main document: a version may carry an older copy, and nothing but the workflow changes them.
 * Editing the title, body, digest, variants or media of approved, scheduled or published content
 * fires the table's edit event once the save is stored (afterReturnToReview).
 */
export const returnToReviewOnEdit: CollectionBeforeChangeHook<ContentDoc> = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || context.reviewTransition || !originalDoc || !isContentSlug(collection.slug)) return data
  const main = await readReviewFields({ payload: req.payload, req, collection: collection.slug, id: originalDoc.id })
  if (!main) return data
  const kept = { ...data, ...main }
  const event = editEventFor(main.status)
  if (!event) return kept
  const fields = REVIEWED_FIELDS[collection.slug] ?? []
  const saved = new Map<string, unknown>(Object.entries(data))
  const stored = new Map<string, unknown>(Object.entries(originalDoc))
  const changed = fields.some((field) => saved.has(field) && !sameContent(saved.get(field), stored.get(field)))
  if (changed) context.returnedToReview = { event, approver: main.approvedBy } satisfies Returned
  return kept
}

/**
 * The edit event, in the save's transaction: the item goes back to 审核中 in the main document and
 * its latest version (a published one keeps its public revision), pending deliveries are cancelled,
 * the log is written and the approver told.
 */
export const afterReturnToReview: CollectionAfterChangeHook<ContentDoc> = async ({ collection, context, doc, req }) => {
  // Set by returnToReviewOnEdit above, in this save's context (an untyped bag).
  const returned = context.returnedToReview as Returned | undefined
  const slug = collection.slug
  if (!returned || !isContentSlug(slug)) return doc
  delete context.returnedToReview
  const moved = await applySystemTransition({ payload: req.payload, req, collection: slug, id: doc.id, event: returned.event })
  if (!moved) return doc
  const afterPublishing = returned.event === 'edited_after_publishing'
  await cancelPendingDeliveries({
    req,
    collection: slug,
    id: doc.id,
    reason: `${afterPublishing ? '发布' : '定稿'}后内容被修改，已退回审核，未开始的发布已取消。`,
    bundleReason: `《${doc.title}》在排期后被修改，整条群发已撤回，需重新审核后再排期。`,
  })
  const editor = req.user ? `「${req.user.name ?? req.user.id}」` : ''
  const stillPublic = afterPublishing ? '公开页面仍显示已发布的版本，' : ''
  await notifyUser({
    req,
    recipient: returned.approver,
    kind: 'returned_to_review',
    message: `《${doc.title}》在${afterPublishing ? '发布' : '定稿'}后被${editor}修改，已退回审核，${stillPublic}请重新审核。`,
    doc: { relationTo: slug, value: doc.id },
  })
  return { ...doc, ...moved.fields }
}
