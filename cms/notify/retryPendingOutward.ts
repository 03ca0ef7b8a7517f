import type { Payload } from 'payload'
import type { Notification } from '../payload-types'
import { attemptOutward } from './attemptOutward'
import type { OutwardChannels } from './outwardState'

/** Sent side by side, so one event's notifications still gather into one robot post. */
const AT_ONCE = 20
const PER_SWEEP = 200

export type OutwardRetried = { id: Notification['id']; channels: OutwardChannels }

/**
 * The worker's sweep: every notification whose e-mail or robot copy is still pending and whose next
 * attempt is due (outwardNextAt: two minutes after the save, then after each failed attempt 2, 5, 10,
 * 20 and 30 minutes) gets one more attempt (attemptOutward, claimed, so two workers sweeping at once
 * never send one attempt twice). This is what makes the copies at least once: a save whose process
 * stopped before sending, or a mail server or robot that was down, is caught up here.
 */
export async function retryPendingOutward(args: { payload: Payload; now: Date }): Promise<OutwardRetried[]> {
  const { payload, now } = args
  const { docs: due } = await payload.find({
    collection: 'notifications',
    where: {
      and: [
        { or: [{ emailOutward: { equals: 'pending' } }, { robotOutward: { equals: 'pending' } }] },
        { outwardNextAt: { less_than_equal: now.toISOString() } },
      ],
    },
    // The longest overdue first; a backlog larger than one sweep goes out over the next ones.
    sort: 'outwardNextAt',
    limit: PER_SWEEP,
    depth: 0,
    select: { outwardNextAt: true },
    overrideAccess: true,
  })
  const retried: OutwardRetried[] = []
  for (let start = 0; start < due.length; start += AT_ONCE) {
    const batch = due.slice(start, start + AT_ONCE)
    const outcomes = await Promise.all(batch.map((doc) => attemptOutward({ payload, id: doc.id, first: false, now })))
    outcomes.forEach((channels, index) => {
      if (channels) retried.push({ id: batch[index].id, channels })
    })
  }
  return retried
}
