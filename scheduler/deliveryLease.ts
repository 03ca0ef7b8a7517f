import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import { leaseKey } from './schedulerNames'

/** Re-asserts our lease (also after Redis lost it); reports 0 when another run holds it now. */
const RENEW = `local v = redis.call('GET', KEYS[1])
if v == false or v == ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`

export type DeliveryLease = { signal: AbortSignal; release: () => Promise<void> }

/**
 * At most one live run per delivery, across processes: a Redis key with a TTL that the run renews
 * while it works. A run that finds its lease taken by another stops (its signal aborts). The job lock
 * of BullMQ cannot serve here: it disappears with the job when Redis loses its data.
 */
export async function acquireDeliveryLease(args: {
  redis: Redis
  deliveryId: string | number
  ttlMs: number
  renewEveryMs: number
}): Promise<DeliveryLease | null> {
  const key = leaseKey(args.deliveryId)
  const token = randomUUID()
  const acquired = await args.redis.set(key, token, 'PX', args.ttlMs, 'NX')
  if (acquired !== 'OK') return null
  const controller = new AbortController()
  const timer = setInterval(() => {
    args.redis.eval(RENEW, 1, key, token, String(args.ttlMs)).then(
      (kept) => {
        if (kept === 0) controller.abort(new Error('another run took over this delivery'))
      },
      // Redis unreachable: nobody else can take the lease either; try again at the next beat.
      () => undefined,
    )
  }, args.renewEveryMs)
  return {
    signal: controller.signal,
    release: async () => {
      clearInterval(timer)
      await args.redis.eval(RELEASE, 1, key, token).catch(() => undefined)
    },
  }
}

export async function deliveryLeaseHeld(args: { redis: Redis; deliveryId: string | number }): Promise<boolean> {
  return (await args.redis.exists(leaseKey(args.deliveryId))) === 1
}
