import type { Payload } from 'payload'
import type { StatusOutcome } from '../../publishers'
import { relationId } from '../review/contentSnapshot'
import { writeReviewLog } from '../review/writeReviewLog'
import type { DeliveryError } from './describeFailure'
import type { DeliveryState } from './deliveryStates'
import { remember } from './readCache'
import { recordProgress } from './recordProgress'

type Ref = { relationTo: 'articles' | 'videos' | 'posters'; value: string | number }

/**
 * A change others should see (state, error, link): through the collection, so its hooks run (the
 * calendar follows). Without a transaction: on SQLite a transaction whose COMMIT meets another
 * process's write is rolled back without an error reaching the caller (libsql "statements in
 * progress"), while single statements fail loudly and are retried (databaseTurns).
 */
export async function updateDelivery(args: { payload: Payload; id: string | number; data: Record<string, unknown> }): Promise<void> {
  await args.payload.update({
    collection: 'deliveries',
    id: args.id,
    data: args.data,
    overrideAccess: true,
    depth: 0,
    disableTransaction: true,
  })
}

/**
 * The remote ids alone, as one column write: cheap enough to make after every platform step, and it
 * never rewrites a field (such as the state) that another writer changed meanwhile.
 */
export async function saveRemoteIds(args: { payload: Payload; id: string | number; remoteIds: Record<string, string> }): Promise<void> {
  await args.payload.db.updateOne({
    collection: 'deliveries',
    id: args.id,
    data: { remoteIds: args.remoteIds, updatedAt: new Date().toISOString() },
    returning: false,
  })
}

/**
 * Writes what the platform answered. A first successful delivery moves the content to `published`
 * (logged) and makes its cover public for the site; `processing` returns the delay before the next poll.
 */
export async function recordOutcome(args: {
  payload: Payload
  id: string | number
  content: Ref
  outcome: StatusOutcome
  calendarEntry?: unknown
}): Promise<{ pollAfterMs: number | null }> {
  const { payload, id, outcome, calendarEntry } = args
  const remoteIds = { ...outcome.remoteIds }
  if (outcome.state === 'published') {
    await recordProgress({
      payload,
      id,
      calendarEntry,
      data: { state: 'published', url: outcome.url ?? null, remoteIds, publishedAt: new Date().toISOString(), lastError: null },
    })
    // Many deliveries of one content item: it is marked published once (the check repeats after a minute).
    await remember({
      key: `published:${args.content.relationTo}:${args.content.value}`,
      ttlMs: 60_000,
      load: () => markContentPublished({ payload, content: args.content }),
    })
    return { pollAfterMs: null }
  }
  if (outcome.state === 'processing') {
    await recordProgress({ payload, id, calendarEntry, data: { state: 'processing', remoteIds } })
    return { pollAfterMs: outcome.pollAfterMs }
  }
  if (outcome.state === 'manual') {
    await updateDelivery({
      payload,
      id,
      data: {
        state: 'manual',
        remoteIds,
        handoff: { message: outcome.message, link: outcome.link, package: outcome.assistedPackage ?? null },
      },
    })
    return { pollAfterMs: null }
  }
  const lastError: DeliveryError = {
    kind: 'content_rejected',
    code: outcome.code ?? null,
    message: outcome.reason,
    action: '平台审核未通过：按原因修改后重新提交审核。',
    retryable: false,
    at: new Date().toISOString(),
  }
  await updateDelivery({ payload, id, data: { state: 'failed' satisfies DeliveryState, remoteIds, lastError } })
  return { pollAfterMs: null }
}

async function markContentPublished(args: { payload: Payload; content: Ref }): Promise<void> {
  const { payload, content } = args
  const doc = (await payload.findByID({ collection: content.relationTo, id: content.value, depth: 0, overrideAccess: true })) as Record<
    string,
    unknown
  >
  const cover = relationId(content.relationTo === 'posters' ? doc.image : doc.cover)
  const media =
    cover === null ? null : await payload.findByID({ collection: 'media', id: cover, depth: 0, overrideAccess: true, disableErrors: true })
  if (media && media.public !== true)
    await payload.update({
      collection: 'media',
      id: media.id,
      data: { public: true },
      overrideAccess: true,
      depth: 0,
      disableTransaction: true,
    })
  const from = doc.status as 'approved' | 'scheduled' | 'published'
  if (from !== 'approved' && from !== 'scheduled') return
  // The review state only; the content itself is not touched (its pinned version stays as approved).
  await payload.db.updateOne({ collection: content.relationTo, id: content.value, data: { status: 'published' } })
  await writeReviewLog({
    payload,
    collection: content.relationTo,
    id: content.value,
    from,
    to: 'published',
    event: 'published',
    revision: (doc.approvedVersion as string | null) ?? null,
  })
}
