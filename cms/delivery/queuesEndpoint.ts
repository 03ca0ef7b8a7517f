import { APIError, type Endpoint } from 'payload'
import { queuesOverview } from '../../scheduler/queues'
import { hasRole } from '../access/roles'

/** GET /api/scheduler/queues → each platform queue's counts, workers and jobs; admins only. */
export const queuesEndpoint: Endpoint = {
  path: '/scheduler/queues',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录。', 401, null, true)
    if (!hasRole(req.user, 'admin')) throw new APIError('只有管理员可以查看发布队列。', 403, null, true)
    return Response.json(await queuesOverview())
  },
}
