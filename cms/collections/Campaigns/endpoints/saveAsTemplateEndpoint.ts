import type { Endpoint } from 'payload'

/** POST /api/campaigns/:id/save-template: placeholder until the 案例库 lands. */
export const saveAsTemplateEndpoint: Endpoint = {
  path: '/:id/save-template',
  method: 'post',
  handler: () => Response.json({ errors: [{ message: '存为案例暂不可用。' }] }, { status: 501 }),
}
