import type { Payload } from 'payload'
import type { Notification } from '../payload-types'
import { attemptOutward } from './attemptOutward'
import { type OutwardChannels, OUTWARD_RETRY_MINUTES } from './outwardState'

/** Sent side by side, so one event's notifications still gather into one robot post. */
const AT_ONCE = 20
const PER_SWEEP = 200

export type OutwardRetried = { id: Notification['id']; channels: OutwardChannels }

/**
 * The worker's sweep: every notification whose e-mail or robot copy is still pending and whose next
 * attempt is due gets one more attempt (attemptOutward, claimed, so two workers sweeping at once
 * never send one attempt twice). This is what makes the copies at least once: a save whose process
 * stopped before sending, or a mail server or robot that was down, is caught up here.
 */
export async function retryPendingOutward(args: { payload: Payload; now: Date }): Promise<OutwardRetried[]> {
  const { payload, now } = args
  const settledBefore = new Date(now.getTime() - OUTWARD_RETRY_MINUTES[0] * 60_000).toISOString()
  const { docs } = await payload.find({
    collection: 'notifications',
    where: {
      and: [
        { or: [{ emailOutward: { equals: 'pending' } }, { robotOutward: { equals: 'pending' } }] },
        { updatedAt: { less_than_equal: settledBefore } },
      ],
    },
    sort: 'updatedAt',
    limit: PER_SWEEP,
    depth: 0,
    select: { outwardAttempts: true, updatedAt: true },
    overrideAccess: true,
  })
  const due = docs.filter((doc) => {
    const attempts = doc.outwardAttempts ?? 0
    const waitMinutes = OUTWARD_RETRY_MINUTES[Math.min(Math.max(attempts - 1, 0), OUTWARD_RETRY_MINUTES.length - 1)]
    return new Date(doc.updatedAt).getTime() + waitMinutes * 60_000 <= now.getTime()
  })
  const retried: OutwardRetried[] = []
  for (let start = 0; start < due.length; start += AT_ONCE) {
    const batch = due.slice(start, start + AT_ONCE)
    const outcomes = await Promise.all(batch.map((doc) => attemptOutward({ payload, id: doc.id })))
    outcomes.forEach((channels, index) => {
      if (channels) retried.push({ id: batch[index].id, channels })
    })
  }
  return retried
}
