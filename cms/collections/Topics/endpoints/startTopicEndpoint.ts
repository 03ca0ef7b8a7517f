import { defineEndpoint } from '../../../http/defineEndpoint'
import { startTopic } from '../../../planning/startTopic'
import { START_KIND_MISSING, startTopicBody } from '../../../planning/startTopicShapes'

/**
 * POST /api/topics/:id/start { kind }: "start writing" — the topic's owner (or an editor or admin)
 * gets the linked draft, and every slot waiting on the topic is filled with it (cms/planning/startTopic.ts).
 */
export const startTopicEndpoint = defineEndpoint({
  path: '/:id/start',
  method: 'post',
  // Who of the signed-in may start this topic (its owner, editors, admins) is decided on the topic itself.
  roles: 'signed-in',
  body: startTopicBody,
  invalidBody: START_KIND_MISSING,
  handler: async ({ req, user, params, body }) => {
    const outcome = await startTopic({ req, user, topicId: params.id, kind: body.kind })
    return Response.json(outcome.body, { status: outcome.status })
  },
})
