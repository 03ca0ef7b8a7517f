import { platformProfile, publisherRoute } from '../../lib/platforms'
import type { PlatformId } from '../../lib/platforms'
import type { PublisherId, RemoteIds } from '../../publishers'

/**
 * `sent`: the post exists and its id is recorded; `maybe`: the post call may have been made; `not-sent`:
 * it cannot have been; `replay-safe`: it may have been made, but running it again is safe because the
 * platform refuses a repeat and names the first post (the profile's `replaySafeWith` id is recorded).
 */
export type PostStatus = 'sent' | 'maybe' | 'not-sent' | 'replay-safe'

/**
 * Whether an interrupted run may have posted, from the delivery's recorded remote ids and the
 * publisher's post step in its platform profile (lib/platforms/<id>.ts): the call that makes the post
 * public (the remote id it records) and the ids that exist before that call can be sent.
 */
export function postStatus(args: { publisher: PublisherId; remoteIds: RemoteIds }): PostStatus {
  const step = publisherRoute(args.publisher).postStep
  if (step === null) return 'not-sent'
  if ([step.key, ...(step.sentWith ?? [])].some((key) => args.remoteIds[key] !== undefined)) return 'sent'
  // An emptied start is a call the platform refused: nothing begun. Any other emptied id still counts.
  const recorded = (key: string) => (key === step.startedAt ? (args.remoteIds[key] ?? '') !== '' : args.remoteIds[key] !== undefined)
  if (!step.after.every(recorded)) return 'not-sent'
  // An empty value is a withdrawn one: the publisher took the dedupe back before a post without it.
  return step.replaySafeWith !== undefined && (args.remoteIds[step.replaySafeWith] ?? '') !== '' ? 'replay-safe' : 'maybe'
}

/**
 * What to do with an `unconfirmed` delivery: run it again when the record proves the post was never
 * sent (at worst an orphan upload or draft is left) or that a repeat is refused by the platform itself,
 * read the platform when the post's id is known and the publisher can check it, otherwise an operator decides.
 */
export function unconfirmedPlan(args: {
  publisher: PublisherId
  remoteIds: RemoteIds
  canCheckStatus: boolean
}): 'requeue' | 'read-back' | 'operator' {
  const status = postStatus(args)
  if (status === 'not-sent' || status === 'replay-safe') return 'requeue'
  return status === 'sent' && args.canCheckStatus ? 'read-back' : 'operator'
}

/**
 * The remote ids of a definitely failed post, forgotten for a new send: the post's own ids and those
 * that had to exist before it (a draft the platform consumed). Uploads made before stay reusable.
 * Without this a new send would find the old post recorded and only read its failure back.
 */
export function withoutFailedPost(args: { platform: PlatformId; remoteIds: RemoteIds }): RemoteIds {
  const forget = new Set(
    platformProfile(args.platform).publishers.flatMap((route) =>
      route.postStep === null ? [] : [route.postStep.key, ...(route.postStep.sentWith ?? []), ...route.postStep.after],
    ),
  )
  return Object.fromEntries(Object.entries(args.remoteIds).filter(([key]) => !forget.has(key)))
}
