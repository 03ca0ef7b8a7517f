import { z } from 'zod'
import { CONTENT_SLUGS } from '../content'
import { defineEndpoint } from '../http/defineEndpoint'
import { findForUser } from '../http/findForUser'
import { imageFindingsOfContent } from './imageFindingsOfContent'

const paramsSchema = z.object({
  contentType: z.enum(CONTENT_SLUGS, { message: '没有这种内容类型。' }),
  id: z.string().min(1),
})

/**
 * GET /api/media/image-findings/:collection/:id: the images of an item's latest draft (cover, poster
 * photo and sizes, body images) with the words read in them and their boxes, for the findings panel.
 * It never runs OCR itself: images still waiting say `pending`.
 */
export const imageFindingsEndpoint = defineEndpoint({
  // Not `:collection`: Payload's own route parameter of that name (here `media`) would win.
  path: '/image-findings/:contentType/:id',
  method: 'get',
  roles: 'signed-in',
  params: paramsSchema,
  handler: async ({ req, params }) => {
    const doc = await findForUser({
      req,
      collection: params.contentType,
      id: params.id,
      draft: true,
      missing: '内容不存在，或你没有查看权限。',
    })
    const images = await imageFindingsOfContent({ payload: req.payload, collection: params.contentType, data: doc })
    return Response.json({ images })
  },
})
