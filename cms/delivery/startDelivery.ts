import type { Payload } from 'payload'
import { enqueueDelivery } from '../../scheduler/queues'
import { relationId } from '../content'

/**
 * "Publish now": a job for the worker, due at once. The web process only produces jobs; if Redis is
 * unreachable the delivery stays queued in the database and the worker's reconciler picks it up.
 */
export function startDelivery(args: { payload: Payload; id: string | number }): void {
  enqueueNow(args).catch((error: unknown) =>
    args.payload.logger.error({ delivery: args.id, err: String(error) }, 'could not enqueue the delivery'),
  )
}

async function enqueueNow(args: { payload: Payload; id: string | number }): Promise<void> {
  const delivery = await args.payload.findByID({ collection: 'deliveries', id: args.id, depth: 0, overrideAccess: true })
  const account = await args.payload.findByID({
    collection: 'platform-accounts',
    id: relationId(delivery.account) ?? '',
    depth: 0,
    overrideAccess: true,
  })
  await enqueueDelivery({ deliveryId: args.id, platform: account.platform })
}
