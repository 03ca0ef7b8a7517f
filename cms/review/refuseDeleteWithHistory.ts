import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { hasRole } from '../access/roles'
import type { ContentSlug } from '../content'
import { SYSTEM_CLEANUP } from './emptyDrafts'

/**
 * Authors delete only their own drafts that never went into review (contentAccess). A draft can be
 * back in 草稿 after a round of review (archived, then reopened): its review log is the proof, so
 * only an admin deletes an item with any history. Admins, server code and the empty-draft cleanup pass.
 */
export function refuseDeleteWithHistory(collection: ContentSlug): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    if (!req.user || hasRole(req.user, 'admin') || req.context[SYSTEM_CLEANUP] === true) return
    const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req, select: { createdAt: true } })
    // SQLite hands a deleted item's id to the next one: entries from before this item existed are an earlier one's.
    const { totalDocs } = await req.payload.count({
      collection: 'review-logs',
      overrideAccess: true,
      req,
      where: {
        and: [{ docCollection: { equals: collection } }, { docId: { equals: String(id) } }, { at: { greater_than_equal: doc.createdAt } }],
      },
    })
    if (totalDocs > 0) throw new APIError('这条内容已经走过审核流程，只有管理员可以删除；不再需要时请让编辑归档。', 403, null, true)
  }
}
