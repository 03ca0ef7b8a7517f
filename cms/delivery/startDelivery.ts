import type { Payload } from 'payload'
import { pollDelivery, runDelivery } from './runDelivery'

/**
 * Runs a delivery in this process and follows up asynchronous platforms with timed polls.
 * (The scheduler's worker takes this over with queued, durable jobs.)
 */
export function startDelivery(args: { payload: Payload; id: string | number }): void {
  const follow = (result: { pollAfterMs: number | null }, attempt: number) => {
    if (result.pollAfterMs === null) return
    setTimeout(() => {
      pollDelivery({ payload: args.payload, id: args.id, attempt }).then((next) => follow(next, attempt + 1), log)
    }, result.pollAfterMs).unref()
  }
  const log = (error: unknown) => args.payload.logger.error({ delivery: args.id, err: String(error) }, 'delivery run crashed')
  runDelivery(args).then((result) => follow(result, 0), log)
}
