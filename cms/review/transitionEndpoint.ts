import type { Endpoint } from 'payload'
import { z } from 'zod'
import type { ContentSlug } from '../content'
import { defineEndpoint } from '../http/defineEndpoint'
import { REVIEW_EVENTS } from '../workflow/review'
import { applyTransition } from './applyTransition'

const body = z.object({
  event: z.enum(REVIEW_EVENTS, { errorMap: () => ({ message: `event 必须是 ${REVIEW_EVENTS.join(' | ')} 之一` }) }),
  comment: z.string().max(2000).optional().nullable(),
  acknowledge: z.string().max(2000).optional().nullable(),
})

/** POST /api/{articles|videos|posters}/:id/transition { event, comment?, acknowledge? } */
export function transitionEndpoint(collection: ContentSlug): Endpoint {
  return defineEndpoint({
    path: '/:id/transition',
    method: 'post',
    // Who may fire which event is the review table's question (applyTransition).
    roles: 'signed-in',
    body,
    invalidBody: (issues) => `请求格式不对：${issues.map((i) => i.message).join('；')}`,
    handler: async ({ req, params, body }) => Response.json(await applyTransition({ req, collection, id: params.id, ...body })),
  })
}
