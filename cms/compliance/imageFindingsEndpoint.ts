import { APIError } from 'payload'
import { z } from 'zod'
import { CONTENT_SLUGS } from '../content'
import { defineEndpoint } from '../http/defineEndpoint'
import { imageFindingsOfContent } from './imageFindingsOfContent'

const paramsSchema = z.object({
  collection: z.enum(CONTENT_SLUGS, { message: '没有这种内容类型。' }),
  id: z.string().min(1),
})

/**
 * GET /api/media/image-findings/:collection/:id: the images of an item's latest draft (cover, poster
 * photo and sizes, body images) with the words read in them and their boxes, for the findings panel.
 * It never runs OCR itself: images still waiting say `pending`.
 */
export const imageFindingsEndpoint = defineEndpoint({
  path: '/image-findings/:collection/:id',
  method: 'get',
  roles: 'signed-in',
  params: paramsSchema,
  handler: async ({ req, user, params }) => {
    const doc = await req.payload.findByID({
      collection: params.collection,
      id: params.id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
      req,
      disableErrors: true,
    })
    if (!doc) throw new APIError('内容不存在，或你没有查看权限。', 404, null, true)
    const images = await imageFindingsOfContent({ payload: req.payload, collection: params.collection, data: doc })
    return Response.json({ images })
  },
})
