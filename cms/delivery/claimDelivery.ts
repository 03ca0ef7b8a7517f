import type { Payload } from 'payload'
import type { Delivery } from '../payload-types'
import { moveDelivery } from './moveDelivery'
import { readDelivery } from './readDelivery'

/**
 * queued → sending, counting the attempt: the one write that decides which run may call the platform.
 * `current`: the record as the caller just read it (its attempts; the state is checked by the write itself).
 */
export async function claimDelivery(args: {
  payload: Payload
  id: string | number
  current?: Delivery
}): Promise<{ attempts: number; sentAt: string } | null> {
  const current = args.current ?? (await readDelivery({ payload: args.payload, id: args.id }))
  if (!current || current.state !== 'queued') return null
  const attempts = (current.attempts ?? 0) + 1
  const sentAt = new Date().toISOString()
  const claimed = await moveDelivery({ payload: args.payload, id: args.id, event: 'claim', data: { attempts, sentAt } })
  return claimed ? { attempts, sentAt } : null
}
