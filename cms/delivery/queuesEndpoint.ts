import { queuesOverview } from '../../scheduler/queues'
import { defineEndpoint } from '../http/defineEndpoint'

/** GET /api/scheduler/queues → each platform queue's counts, workers and jobs; admins only. */
export const queuesEndpoint = defineEndpoint({
  path: '/scheduler/queues',
  method: 'get',
  roles: ['admin'],
  refusal: '只有管理员可以查看发布队列。',
  handler: async () => Response.json(await queuesOverview()),
})
