import type { Payload, PayloadRequest, Where } from 'payload'
import { rescheduleDelivery } from '../../scheduler/queues'
import { relationId } from '../content'
import type { PlatformAccount } from '../payload-types'
import { readNote } from './deliveryJson'
import { dueTimeOf } from './dueTime'
import { LATE_AFTER_PAUSE_MS, pauseInForce } from './publishingPause'
import { holdLateDelivery } from './waitOutPause'

/**
 * Publishing resumed (everywhere, or for one account): the deliveries the pause held back go on in
 * the order they were due; one held back longer than LATE_AFTER_PAUSE_MS is held for a person to
 * decide instead. Deliveries still under another pause (the global one, say) stay where they are.
 * The worker applies the same rule when it gets to a delivery first, so either order is safe.
 */
export async function resumeAfterPause(args: {
  payload: Payload
  req?: PayloadRequest
  accountId?: string | number
}): Promise<{ released: number; held: number }> {
  const { payload, req } = args
  const where: Where =
    args.accountId === undefined
      ? { state: { equals: 'queued' } }
      : { and: [{ state: { equals: 'queued' } }, { account: { equals: args.accountId } }] }
  const { docs } = await payload.find({ collection: 'deliveries', where, depth: 1, pagination: false, overrideAccess: true, req })
  const stopped = docs.filter((d) => readNote(d.lastError)?.kind === 'paused')
  const withDue = await Promise.all(stopped.map(async (delivery) => ({ delivery, dueAt: await dueTimeOf({ payload, delivery }) })))
  withDue.sort((a, b) => a.dueAt - b.dueAt)
  const report = { released: 0, held: 0 }
  for (const { delivery } of withDue) {
    const id = delivery.id
    // depth 1: the account is populated (its platform names the queue).
    const account: PlatformAccount | null = typeof delivery.account === 'object' ? delivery.account : null
    const accountId = relationId(delivery.account) ?? ''
    if (await pauseInForce({ payload, req, accountId })) continue
    const stoppedAt = readNote(delivery.lastError)?.at ?? ''
    if (Date.now() - Date.parse(stoppedAt) > LATE_AFTER_PAUSE_MS) {
      if (await holdLateDelivery({ payload, req, id, stoppedAt })) report.held += 1
      continue
    }
    await rescheduleDelivery({ deliveryId: id, platform: String(account?.platform ?? ''), runAt: new Date() })
    report.released += 1
  }
  payload.logger.info({ account: args.accountId ?? 'all', ...report }, 'publishing resumed')
  return report
}
