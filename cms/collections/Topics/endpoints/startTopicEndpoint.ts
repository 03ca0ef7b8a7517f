import type { Endpoint } from 'payload'

/** POST /api/topics/:id/start { kind }: placeholder until "start writing" lands. */
export const startTopicEndpoint: Endpoint = {
  path: '/:id/start',
  method: 'post',
  handler: () => Response.json({ errors: [{ message: '开始写作暂不可用。' }] }, { status: 501 }),
}
