import { APIError } from 'payload'
import { z } from 'zod'
import { reviewCompliance } from '../../assist'
import { hasRole } from '../access/roles'
import { assistConfig } from '../assist/assistConfig'
import { CONTENT_SLUGS, relationId } from '../content'
import { defineEndpoint } from '../http/defineEndpoint'
import { findForUser } from '../http/findForUser'
import { contentTextParts } from './contentText'
import { mediaAltLookup } from './mediaAltLookup'

const body = z.object({
  collection: z.enum(CONTENT_SLUGS, { errorMap: () => ({ message: `collection 必须是 ${CONTENT_SLUGS.join(' | ')} 之一。` }) }),
  id: z.union([z.string().min(1), z.number()]),
})

const KIND_WORDS: Record<(typeof CONTENT_SLUGS)[number], string> = { articles: '图文', videos: '视频', posters: '海报', notes: '图文笔记' }

/**
 * POST /api/compliance/ai-review { collection, id } → the AI 复核 of the item's latest draft: every
 * outgoing text (variants and media alt text included) read by the configured model. Advisory: it
 * changes nothing and gates nothing. For editors and admins, and the item's owner (a second opinion
 * before submitting). Without a model, or when the call fails, the reply says so in `note`.
 */
export const aiReviewEndpoint = defineEndpoint({
  path: '/compliance/ai-review',
  method: 'post',
  roles: 'signed-in',
  body,
  handler: async ({ req, user, body: { collection, id } }) => {
    const { payload } = req
    const doc = await findForUser({ req, collection, id, draft: true, missing: '找不到这条内容，或你没有查看权限。' })
    if (!hasRole(user, 'admin', 'editor') && relationId(doc.owner) !== user.id)
      throw new APIError('只有编辑、管理员或这条内容的负责人可以请求 AI 复核。', 403, null, true)
    const media = await mediaAltLookup({ payload, req, collection, data: doc })
    const parts = contentTextParts({ collection, data: doc, media }).map((part) => ({
      field: part.field,
      label: part.label,
      text: part.text,
    }))
    const review = await reviewCompliance({ config: assistConfig(), kind: KIND_WORDS[collection], parts, signal: req.signal })
    return Response.json(review)
  },
})
