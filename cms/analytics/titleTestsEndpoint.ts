import { z } from 'zod'
import { defineEndpoint } from '../http/defineEndpoint'
import { findForUser } from '../http/findForUser'
import { loadTitleTest, TITLE_TEST_SLUGS } from './titleTests/loadTitleTest'

const params = z.object({
  contentType: z.enum(TITLE_TEST_SLUGS, { errorMap: () => ({ message: '标题测试只适用于图文（articles）和视频（videos）。' }) }),
  id: z.string().min(1),
})

/**
 * GET /api/analytics/title-tests/:contentType/:id → each title of the item (1 = its own, 2..5 its
 * candidates) with where it went (account, time, delivery) and the verdict: which title won on the
 * numbers that came back, 不分胜负, or 数据不足. The team's roles; the caller must be able to read the item.
 */
export const titleTestsEndpoint = defineEndpoint({
  path: '/analytics/title-tests/:contentType/:id',
  method: 'get',
  roles: ['admin', 'editor', 'copywriter', 'designer', 'video_producer', 'operator'],
  params,
  handler: async ({ req, params: { contentType, id } }) => {
    const doc = await findForUser({ req, collection: contentType, id, missing: '找不到这条内容，或你没有查看权限。' })
    const test = await loadTitleTest({ payload: req.payload, req, collection: contentType, id: doc.id, current: doc })
    return Response.json(test)
  },
})
