import type { Endpoint } from 'payload'

/** GET /api/festivals/:id/last-year: placeholder until the festival reads land. */
export const lastYearEndpoint: Endpoint = {
  path: '/:id/last-year',
  method: 'get',
  handler: () => Response.json({ errors: [{ message: '去年的内容暂不可用。' }] }, { status: 501 }),
}
