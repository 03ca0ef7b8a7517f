import { z } from 'zod'
import { CONTENT_SLUGS } from '../content'
import { defineEndpoint } from '../http/defineEndpoint'
import { itemResults } from './targets/itemResults'
import { rangeQuery } from './targets/rangeQuery'

const params = z.object({
  contentType: z.enum(CONTENT_SLUGS, {
    errorMap: () => ({ message: '内容类型只能是 articles（图文）、videos（视频）、posters（海报）或 notes（图文笔记）。' }),
  }),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '找不到这条内容。'),
})

/** GET /api/analytics/items/:contentType/:id[?from&to] → the item's numbers per account and per day, and in total. */
export const itemResultsEndpoint = defineEndpoint({
  path: '/analytics/items/:contentType/:id',
  method: 'get',
  roles: 'signed-in',
  params,
  handler: async ({ req, params: { contentType, id } }) =>
    Response.json(await itemResults({ req, collection: contentType, id, range: rangeQuery(req.searchParams) })),
})
