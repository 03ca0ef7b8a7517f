import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { contentRefOf } from '../../../content'

/**
 * A comment is about a piece of work its author may read: the item is looked up with the author's
 * own access, so nobody comments on (or learns of) what they cannot see, and a comment never points
 * at an item that does not exist. Checked when the comment is written and when its item changes.
 */
export const requireReadableDoc: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data
  const ref = contentRefOf(data.doc)
  if (!ref) {
    if (operation === 'create' || 'doc' in data) throw new APIError('评论要关联一条内容（图文、视频、海报或笔记）。', 400, null, true)
    return data
  }
  const before = contentRefOf(originalDoc?.doc)
  if (operation === 'update' && before && before.relationTo === ref.relationTo && String(before.value) === String(ref.value)) return data
  const doc = await req.payload.findByID({
    collection: ref.relationTo,
    id: ref.value,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!doc) throw new APIError('要评论的内容不存在，或你没有权限查看它。', 404, null, true)
  return data
}
