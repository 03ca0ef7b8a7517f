import { z } from 'zod'
import { defineEndpoint } from '../http/defineEndpoint'
import { accountTargets } from './targets/accountTargets'
import { rangeQuery } from './targets/rangeQuery'

const params = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '找不到这个平台账号。') })

/** GET /api/analytics/accounts/:id/targets[?from&to] → the account's standing targets judged over the range (default the last 30 days). */
export const accountTargetsEndpoint = defineEndpoint({
  path: '/analytics/accounts/:id/targets',
  method: 'get',
  roles: 'signed-in',
  params,
  handler: async ({ req, params: { id } }) =>
    Response.json(await accountTargets({ req, id, range: rangeQuery(req.searchParams), now: new Date() })),
})
