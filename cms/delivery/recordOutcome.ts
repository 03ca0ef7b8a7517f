import type { Payload } from 'payload'
import type { StatusOutcome } from '../../publishers'
import { type ContentRef, relationId } from '../content'
import type { Delivery } from '../payload-types'
import type { DeliveryState } from '../workflow/deliveryStates'
import { articleUrlsOf, bundleLinkIds, pushIdColumns } from './pushColumns'
import { markContentPublished } from '../review/markContentPublished'
import type { DeliveryError } from './describeFailure'
import { type DeliveryPatch, moveDelivery } from './moveDelivery'
import { storedHandoffPackage } from './storedHandoffPackage'
import { remember } from './readCache'

/**
 * Writes what the platform answered (or what an operator confirmed, `by: 'operator'`), through the
 * state writer. A first successful delivery moves the content to `published` (logged) and makes its
 * cover public for the site; `processing` returns the delay before the next poll. When the delivery
 * is no longer in a state the answer may move (another writer got there first), its state is not written.
 */
export async function recordOutcome(args: {
  payload: Payload
  id: string | number
  content: ContentRef
  outcome: StatusOutcome
  by?: 'platform' | 'operator'
  /** What a push's send job reported (the platform's callback), kept on the delivery. */
  massResult?: Record<string, unknown>
  /** Only from this state (the callback moves a push that is still `processing`). */
  from?: DeliveryState
  /** The delivery as the caller read it: its pinned revision and a push's 次条 rows (neither changes once it is queued). */
  delivery: Pick<Delivery, 'revision' | 'bundle'>
}): Promise<{ pollAfterMs: number | null }> {
  const { payload, id, outcome, from } = args
  const remoteIds = { ...outcome.remoteIds }
  const columns = { ...pushIdColumns(remoteIds), ...(args.massResult ? { massResult: args.massResult } : {}) }
  if (outcome.state === 'published') {
    const event = args.by === 'operator' ? 'confirm' : 'publish'
    const bundle = args.delivery.bundle ?? []
    // The content before the delivery's state: a run cut off in between (a killed worker, a failed write)
    // leaves the delivery sending or processing, which recovery brings back here; the other way round it
    // would leave the delivery published and nothing that ever marks its content.
    await markEachPublished({ payload, content: args.content, revision: args.delivery.revision ?? null, bundle })
    const urls = articleUrlsOf({ articleUrls: outcome.articleUrls, url: outcome.url, remoteIds, count: 1 + bundle.length })
    // The 次条 links go into the remote ids with the state, so that the move's follow-up can write them into the rows again.
    await moveDelivery({
      payload,
      id,
      event,
      from,
      bundle,
      data: {
        url: urls[0] ?? null,
        remoteIds: { ...remoteIds, ...bundleLinkIds(urls) },
        ...columns,
        publishedAt: new Date().toISOString(),
        lastError: null,
      },
    })
    return { pollAfterMs: null }
  }
  if (outcome.state === 'processing') {
    const moved = await moveDelivery({ payload, id, event: 'accept', from, data: { remoteIds, ...columns } })
    return { pollAfterMs: moved ? outcome.pollAfterMs : null }
  }
  if (outcome.state === 'manual') {
    const handoff = { message: outcome.message, link: outcome.link, package: outcome.assistedPackage ?? null }
    await moveDelivery({ payload, id, event: 'hand_off', from, data: { remoteIds, ...columns, handoff } })
    return { pollAfterMs: null }
  }
  if (outcome.state === 'awaiting_operator') {
    // The package goes in the same compare-and-set as the state: nobody sees the hand-off without it.
    const data: DeliveryPatch = {
      remoteIds,
      ...columns,
      handoff: { message: outcome.message, link: outcome.handoff.openUrl ?? null },
      package: storedHandoffPackage({ deliveryId: id, handoff: outcome.handoff }),
    }
    await moveDelivery({ payload, id, event: 'await_operator', from, data })
    return { pollAfterMs: null }
  }
  const lastError: DeliveryError = {
    kind: 'content_rejected',
    code: outcome.code ?? null,
    message: outcome.reason,
    action: '平台审核未通过：按原因修改后重新提交审核。',
    retryable: false,
    fixAt: 'content',
    at: new Date().toISOString(),
  }
  await moveDelivery({ payload, id, event: 'fail', from, data: { remoteIds, ...columns, lastError } })
  return { pollAfterMs: null }
}

/** The lead and each 次条 at the revision that went out. Many deliveries of one revision: each is marked once (the check repeats after a minute). */
async function markEachPublished(args: {
  payload: Payload
  content: ContentRef
  revision: string | null
  bundle: NonNullable<Delivery['bundle']>
}): Promise<void> {
  const published: { content: ContentRef; revision: string | null }[] = [
    { content: args.content, revision: args.revision },
    ...args.bundle.map((row) => ({
      content: { relationTo: 'articles' as const, value: relationId(row.article) ?? '' },
      revision: row.revision,
    })),
  ]
  for (const item of published) {
    await remember({
      key: `published:${item.content.relationTo}:${item.content.value}:${item.revision}`,
      ttlMs: 60_000,
      load: () => markContentPublished({ payload: args.payload, content: item.content, revision: item.revision }),
    })
  }
}
