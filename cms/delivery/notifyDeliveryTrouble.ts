import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '../review/contentSnapshot'
import { notifyUser } from '../review/notifyUser'
import { DELIVERY_STATE_LABELS, type DeliveryState, TROUBLE_STATES } from './deliveryStates'

type ContentRef = { relationTo: 'articles' | 'videos' | 'posters'; value: string | number }

/**
 * A delivery that fails, cannot be confirmed or needs re-authorisation leaves a notification in the
 * admin for the content's owner and for the editor who approved it: what happened, and what to do.
 */
export const notifyDeliveryTrouble: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const state = String(doc.state) as DeliveryState
  if (!TROUBLE_STATES.includes(state) || previousDoc?.state === state) return doc
  const ref = doc.content as { relationTo: ContentRef['relationTo']; value: unknown }
  const contentId = relationId(ref?.value)
  if (contentId === null) return doc
  const [content, account] = await Promise.all([
    req.payload.findByID({ collection: ref.relationTo, id: contentId, depth: 0, overrideAccess: true, req, disableErrors: true }),
    req.payload.findByID({
      collection: 'platform-accounts',
      id: relationId(doc.account) ?? '',
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    }),
  ])
  if (!content) return doc
  const error = doc.lastError as { message?: string; action?: string } | null
  const message = [
    `「${String(content.title ?? contentId)}」发布到「${String(account?.name ?? '平台账号')}」：${DELIVERY_STATE_LABELS[state].zh}。`,
    error?.message,
    error?.action ? `下一步：${error.action}` : null,
  ]
    .filter(Boolean)
    .join('\n')
  const recipients = new Map<string, string | number>()
  for (const id of [relationId(content.owner), relationId(content.approvedBy)]) if (id !== null) recipients.set(String(id), id)
  for (const recipient of recipients.values()) {
    await notifyUser({ req, recipient, kind: `delivery_${state}`, message, doc: { relationTo: ref.relationTo, value: contentId } })
  }
  return doc
}
