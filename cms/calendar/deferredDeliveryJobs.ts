import type { PayloadRequest } from 'payload'
import { enqueueDelivery } from '../../scheduler/queues'

type DeliveryJob = { deliveryId: string | number; platform: string; runAt: Date }
const KEY = 'deferredDeliveryJobs'

/**
 * Jobs of deliveries created inside a transaction that may still roll back (a batch of slots): held on
 * the request and enqueued only after the commit, so a rolled-back delivery never leaves a job behind
 * (job ids are derived from delivery ids, which SQLite may hand out again).
 */
export function holdDeliveryJobs(req: PayloadRequest): void {
  req.context[KEY] = []
}

function heldOf(req: PayloadRequest | undefined): DeliveryJob[] | null {
  const held = req?.context[KEY]
  return Array.isArray(held) ? (held as DeliveryJob[]) : null
}

/** Enqueues now, or holds the job when the request holds its jobs. */
export async function enqueueOrHold(args: { req?: PayloadRequest; job: DeliveryJob }): Promise<void> {
  const held = heldOf(args.req)
  if (held) held.push(args.job)
  else await enqueueDelivery(args.job)
}

/** After the commit: enqueues what was held. After a rollback: `enqueue: false` drops it. */
export async function releaseDeliveryJobs(args: { req: PayloadRequest; enqueue: boolean }): Promise<void> {
  const held = heldOf(args.req) ?? []
  delete args.req.context[KEY]
  if (args.enqueue) for (const job of held) await enqueueDelivery(job)
}
