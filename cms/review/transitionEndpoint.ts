import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'
import { REVIEW_EVENTS } from '../workflow/review'
import { applyTransition, type ContentSlug } from './applyTransition'
import { readJsonBody } from '../http/readJsonBody'

const body = z.object({
  event: z.enum(REVIEW_EVENTS, { errorMap: () => ({ message: `event 必须是 ${REVIEW_EVENTS.join(' | ')} 之一` }) }),
  comment: z.string().max(2000).optional().nullable(),
  acknowledge: z.string().max(2000).optional().nullable(),
})

/** POST /api/{articles|videos|posters}/:id/transition { event, comment?, acknowledge? } */
export function transitionEndpoint(collection: ContentSlug): Endpoint {
  return {
    path: '/:id/transition',
    method: 'post',
    handler: async (req) => {
      const parsed = body.safeParse(await readJsonBody(req))
      if (!parsed.success) throw new APIError(`请求格式不对：${parsed.error.issues.map((i) => i.message).join('；')}`, 400, null, true)
      const id = String(req.routeParams?.id ?? '')
      const doc = await applyTransition({ req, collection, id, ...parsed.data })
      return Response.json(doc)
    },
  }
}
