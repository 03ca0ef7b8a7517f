import { z } from 'zod'
import { defineEndpoint } from '../http/defineEndpoint'
import { campaignResults } from './targets/campaignResults'

const params = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '找不到这个活动。') })

/** GET /api/analytics/campaigns/:id → each KPI line against its target, with a trend, and the campaign's posts ranked. */
export const campaignResultsEndpoint = defineEndpoint({
  path: '/analytics/campaigns/:id',
  method: 'get',
  roles: 'signed-in',
  params,
  handler: async ({ req, params: { id } }) => Response.json(await campaignResults({ req, id, now: new Date() })),
})
