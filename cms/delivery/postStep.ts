import type { PublisherId, RemoteIds } from '../../publishers'

/**
 * For each publisher, the call that makes the post public (the remote id it records) and the remote
 * ids that exist before that call can be sent. Data: with it, generic code can tell from a delivery's
 * record whether an interrupted run may have posted.
 */
export const POST_STEP: Record<PublisherId, { key: string; after: readonly string[] } | null> = {
  // freepublish/submit needs the draft's media_id, recorded before the call.
  wechat: { key: 'publish', after: ['draft'] },
  // statuses/share is the only call.
  weibo: { key: 'post', after: [] },
  // video/create needs the uploaded video's id.
  'toutiao-video': { key: 'item', after: ['video'] },
  // Nothing is sent: a person publishes in the back office.
  'toutiao-assisted': null,
}

/** `sent`: the post exists and its id is recorded; `maybe`: the post call may have been made; `not-sent`: it cannot have been. */
export type PostStatus = 'sent' | 'maybe' | 'not-sent'

export function postStatus(args: { publisher: PublisherId; remoteIds: RemoteIds }): PostStatus {
  const step = POST_STEP[args.publisher]
  if (step === null) return 'not-sent'
  if (args.remoteIds[step.key] !== undefined) return 'sent'
  return step.after.every((key) => args.remoteIds[key] !== undefined) ? 'maybe' : 'not-sent'
}

/**
 * What to do with an `unconfirmed` delivery: run it again when the record proves the post was never
 * sent (at worst an orphan upload or draft is left), read the platform when the post's id is known and
 * the publisher can check it, otherwise an operator decides.
 */
export function unconfirmedPlan(args: { publisher: PublisherId; remoteIds: RemoteIds; canCheckStatus: boolean }): 'requeue' | 'read-back' | 'operator' {
  const status = postStatus(args)
  if (status === 'not-sent') return 'requeue'
  return status === 'sent' && args.canCheckStatus ? 'read-back' : 'operator'
}
