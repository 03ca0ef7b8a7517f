import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { afterThePost } from '../../cms/database'
import {
  dueTimeOf,
  pollDelivery,
  readDelivery,
  recoverInterruptedRun,
  runDelivery,
  settleUnconfirmed,
  type Delivery,
  type DeliveryStep,
} from '../../cms/delivery'
import { acquireDeliveryLease, deliveryLeaseHeld } from '../deliveryLease'
import type { DeliveryJobData } from '../jobData'
import type { SchedulerTiming } from '../timing'
import { staleRunDecision } from './staleRunDecision'

export type Deps = { payload: Payload; redis: Redis; timing: SchedulerTiming }
/** Look at the delivery again after `afterMs`, with these job data changes; null: the job is finished. */
export type NextLook = { afterMs: number; data: Partial<DeliveryJobData> } | null

/** A job may start this much before the calendar time (timer granularity), never more. */
const EARLY_TOLERANCE_MS = 500
const MISSING_GRACE_MS = 30_000

/**
 * One look at a delivery by its job: the database's state decides what happens. Queued and due: run
 * it. Processing: ask the platform. Sending with no live run: recover it. Unconfirmed: settle it if
 * the record or the platform allows. Anything else: the job is done.
 */
export async function advanceDelivery(args: Deps & { data: DeliveryJobData }): Promise<NextLook> {
  const { payload, data } = args
  const now = Date.now()
  const delivery = await readRecord(args)
  if (!delivery) {
    // Enqueued inside a transaction that has not committed yet, or rolled back.
    const since = data.missingSince ?? now
    return now - since < MISSING_GRACE_MS ? { afterMs: 2000, data: { missingSince: since } } : null
  }
  const id = data.deliveryId
  switch (delivery.state) {
    case 'queued': {
      const dueAt = await dueTimeOf({ payload, delivery })
      if (dueAt - now > EARLY_TOLERANCE_MS) return { afterMs: dueAt - now, data: { runAt: new Date(dueAt).toISOString(), polls: 0 } }
      return underLease(args, async (signal) => runDelivery({ payload, id, signal, delivery: (await readRecord(args)) ?? undefined }))
    }
    case 'processing':
      return underLease(
        args,
        () => afterThePost(async () => pollDelivery({ payload, id, attempt: data.polls, delivery: (await readRecord(args)) ?? undefined })),
        { polling: true },
      )
    case 'sending':
      return recoverIfAbandoned(args)
    case 'unconfirmed':
      return underLease(args, () => settleUnconfirmed({ payload, id }))
    default:
      return null
  }
}

/** The record; read again once the lease is held, so a run works from what the previous run left. */
function readRecord(args: Deps & { data: DeliveryJobData }): Promise<Delivery | null> {
  return readDelivery({ payload: args.payload, id: args.data.deliveryId })
}

async function underLease(
  args: Deps & { data: DeliveryJobData },
  step: (signal: AbortSignal) => Promise<DeliveryStep>,
  options: { polling?: boolean } = {},
): Promise<NextLook> {
  const { redis, timing, data } = args
  const lease = await acquireDeliveryLease({ redis, deliveryId: data.deliveryId, ttlMs: timing.leaseMs, renewEveryMs: timing.heartbeatMs })
  // Another run is working on it: look again once that run has had time to finish or die.
  if (!lease) return { afterMs: timing.leaseMs, data: {} }
  try {
    const result = await step(lease.signal)
    if (result.kind === 'done') return null
    return {
      afterMs: result.afterMs,
      data: { polls: result.reason === 'poll' && options.polling ? data.polls + 1 : 0, staleSince: undefined },
    }
  } finally {
    await lease.release()
  }
}

/** A `sending` delivery: wait while a run may still be alive (staleRunDecision.ts), then recover it. */
async function recoverIfAbandoned(args: Deps & { data: DeliveryJobData }): Promise<NextLook> {
  const { redis, timing, data, payload } = args
  const now = Date.now()
  const action = staleRunDecision({
    leaseHeld: await deliveryLeaseHeld({ redis, deliveryId: data.deliveryId }),
    staleSince: data.staleSince,
    now,
    heartbeatMs: timing.heartbeatMs,
    leaseMs: timing.leaseMs,
  })
  if (action.kind === 'recover') return underLease(args, () => recoverInterruptedRun({ payload, id: data.deliveryId }))
  return { afterMs: action.afterMs, data: 'staleSince' in action ? { staleSince: action.staleSince } : {} }
}
