import type { Payload } from 'payload'
import type { StatusOutcome } from '../../publishers'
import type { ContentRef } from '../content'
import { markContentPublished } from '../review/markContentPublished'
import type { DeliveryError } from './describeFailure'
import { moveDelivery } from './moveDelivery'
import { remember } from './readCache'

/**
 * Writes what the platform answered (or what an operator confirmed, `by: 'operator'`), through the
 * state writer. A first successful delivery moves the content to `published` (logged) and makes its
 * cover public for the site; `processing` returns the delay before the next poll. When the delivery
 * is no longer in a state the answer may move (another writer got there first), nothing is written.
 */
export async function recordOutcome(args: {
  payload: Payload
  id: string | number
  content: ContentRef
  outcome: StatusOutcome
  by?: 'platform' | 'operator'
}): Promise<{ pollAfterMs: number | null }> {
  const { payload, id, outcome } = args
  const remoteIds = { ...outcome.remoteIds }
  if (outcome.state === 'published') {
    const event = args.by === 'operator' ? 'confirm' : 'publish'
    const moved = await moveDelivery({
      payload,
      id,
      event,
      data: { url: outcome.url ?? null, remoteIds, publishedAt: new Date().toISOString(), lastError: null },
    })
    if (!moved) return { pollAfterMs: null }
    // Many deliveries of one revision: it is marked published once (the check repeats after a minute).
    const revision = moved.revision ?? null
    await remember({
      key: `published:${args.content.relationTo}:${args.content.value}:${revision}`,
      ttlMs: 60_000,
      load: () => markContentPublished({ payload, content: args.content, revision }),
    })
    return { pollAfterMs: null }
  }
  if (outcome.state === 'processing') {
    const moved = await moveDelivery({ payload, id, event: 'accept', data: { remoteIds } })
    return { pollAfterMs: moved ? outcome.pollAfterMs : null }
  }
  if (outcome.state === 'manual') {
    const handoff = { message: outcome.message, link: outcome.link, package: outcome.assistedPackage ?? null }
    await moveDelivery({ payload, id, event: 'hand_off', data: { remoteIds, handoff } })
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
  await moveDelivery({ payload, id, event: 'fail', data: { remoteIds, lastError } })
  return { pollAfterMs: null }
}
