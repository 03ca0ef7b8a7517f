import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { hasRole } from '../../../access/roles'
import type { Topic } from '../../../payload-types'
import type { TopicState } from '../../../planning/planningLabels'
import { type TopicActor, type TopicMove, topicMove } from '../../../planning/topicStates'
import { checkPillar } from './checkPillar'

/** Set in `context` by "start writing" (cms/planning/startTopic.ts): the one write that may start a topic for its owner. */
export const TOPIC_START_CONTEXT = 'topicStart'

/**
 * Every save of a 选题: its state moves only as cms/planning/topicStates.ts allows (a new topic starts
 * from 待定), an approval is stamped here (the stamp fields take no input, so only this hook writes
 * them), and its pillar is one of 策划设置's list. Non-editors' `state` was already put back to the
 * stored value by field access; what reaches here from them is a move made by server code.
 */
export const guardTopic: CollectionBeforeChangeHook<Topic> = async ({ data, operation, originalDoc, req }) => {
  const from: TopicState = operation === 'create' ? 'idea' : (originalDoc?.state ?? 'idea')
  const to: TopicState = data.state ?? from
  const actor = actorOf(req)
  const move = topicMove({ from, to, actor })
  if (!move.ok) throw new APIError(move.message, 400, null, true)
  const stamp = stampOf({ stamp: move.stamp, actor, data, req })
  if (data.pillar === undefined) return { ...data, state: to, ...stamp }
  const pillar = await checkPillar({ req, pillar: data.pillar, previous: operation === 'update' ? originalDoc?.pillar : undefined })
  return { ...data, state: to, pillar, ...stamp }
}

function actorOf(req: PayloadRequest): TopicActor {
  if (req.context[TOPIC_START_CONTEXT] === true) return 'start'
  if (!req.user) return 'system'
  return hasRole(req.user, 'admin', 'editor') ? 'editorial' : 'member'
}

function stampOf(args: {
  stamp: TopicMove['stamp']
  actor: TopicActor
  data: Partial<Topic>
  req: PayloadRequest
}): Pick<Partial<Topic>, 'approvedBy' | 'approvedAt'> {
  if (args.stamp === 'clear') return { approvedBy: null, approvedAt: null }
  if (args.stamp === 'keep') return {}
  // Server code acting for no one (the demo seed) may name the approver; a person approving is the approver.
  if (args.actor === 'system')
    return { approvedBy: args.data.approvedBy ?? null, approvedAt: args.data.approvedAt ?? new Date().toISOString() }
  return { approvedBy: args.req.user?.id ?? null, approvedAt: new Date().toISOString() }
}
