import type { Payload } from 'payload'
import type { ContentRef } from '../content'
import { APPROVED_STATES, REVIEW_STATE_LABELS } from '../workflow/reviewStates'

/**
 * Defence in depth, in the worker, before any platform call: whatever wrote the delivery (our own
 * code, or a row put into the database by other means), it goes out only if its content still holds
 * an approval and the delivery's revision is exactly the pinned approved revision of that content.
 * Returns what is wrong, in words for the editor (the caller says what follows), or null.
 */
export async function approvedRevisionCheck(args: {
  payload: Payload
  content: ContentRef
  revision: string
  versionParent: string | number | null
}): Promise<string | null> {
  const { payload, content, revision } = args
  const doc = await payload.findByID({
    collection: content.relationTo,
    id: content.value,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc) return '要发布的内容已被删除'
  const title = `《${doc.title}》`
  if (String(args.versionParent) !== String(doc.id)) {
    return `这条发布指定的版本 #${revision} 不属于${title}`
  }
  if (!APPROVED_STATES.includes(doc.status)) {
    return `${title}现在是「${REVIEW_STATE_LABELS[doc.status].zh}」，不是审核通过的定稿`
  }
  if (String(doc.approvedVersion ?? '') !== revision) {
    return `这条发布的版本 #${revision} 不是${title}当前的定稿版本`
  }
  return null
}
