import type { Endpoint } from 'payload'

/** POST /api/campaign-templates/:id/create { name, startsAt }: placeholder until templates land. */
export const createFromTemplateEndpoint: Endpoint = {
  path: '/:id/create',
  method: 'post',
  handler: () => Response.json({ errors: [{ message: '用模板新建活动暂不可用。' }] }, { status: 501 }),
}
