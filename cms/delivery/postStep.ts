import { publisherRoute } from '../../lib/platforms'
import type { PublisherId, RemoteIds } from '../../publishers'

/** `sent`: the post exists and its id is recorded; `maybe`: the post call may have been made; `not-sent`: it cannot have been. */
export type PostStatus = 'sent' | 'maybe' | 'not-sent'

/**
 * Whether an interrupted run may have posted, from the delivery's recorded remote ids and the
 * publisher's post step in its platform profile (lib/platforms/<id>.ts): the call that makes the post
 * public (the remote id it records) and the ids that exist before that call can be sent.
 */
export function postStatus(args: { publisher: PublisherId; remoteIds: RemoteIds }): PostStatus {
  const step = publisherRoute(args.publisher).postStep
  if (step === null) return 'not-sent'
  if (args.remoteIds[step.key] !== undefined) return 'sent'
  return step.after.every((key) => args.remoteIds[key] !== undefined) ? 'maybe' : 'not-sent'
}

/**
 * What to do with an `unconfirmed` delivery: run it again when the record proves the post was never
 * sent (at worst an orphan upload or draft is left), read the platform when the post's id is known and
 * the publisher can check it, otherwise an operator decides.
 */
export function unconfirmedPlan(args: {
  publisher: PublisherId
  remoteIds: RemoteIds
  canCheckStatus: boolean
}): 'requeue' | 'read-back' | 'operator' {
  const status = postStatus(args)
  if (status === 'not-sent') return 'requeue'
  return status === 'sent' && args.canCheckStatus ? 'read-back' : 'operator'
}
