import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import { workerDatabase } from '../cms/database'
import { outwardAttemptsSettled, provideTokens } from '../cms/delivery'
import config from '../cms/payload.config'
import { errorSummary } from '../lib/errorSummary'
import { logger } from '../lib/logger'
import { assertNoEviction } from './assertNoEviction'
import { createProducerRedis, createWorkerRedis } from './redisConnection'
import { startScheduler } from './startScheduler'
import { warmUp } from './warmUp'
import { schedulerTiming } from './timing'
import { createLockedTokenProvider } from './tokens/lockedTokenProvider'

/**
 * `npm run worker`: the process that publishes. It consumes the delivery queues and runs the
 * reconciler; the web process only produces jobs. Options: --lock-ms (how soon a dead worker's job is
 * taken over, default 15000), --reconcile-every-ms (default 60000).
 */
const { values } = parseArgs({ options: { 'lock-ms': { type: 'string' }, 'reconcile-every-ms': { type: 'string' } }, strict: true })
const timing = schedulerTiming({
  lockMs: values['lock-ms'] === undefined ? undefined : Number(values['lock-ms']),
  reconcileEveryMs: values['reconcile-every-ms'] === undefined ? undefined : Number(values['reconcile-every-ms']),
})

const redis = createWorkerRedis('worker')
try {
  await assertNoEviction(redis)
} catch (error) {
  logger.fatal({ err: errorSummary(error) }, 'worker not started')
  redis.disconnect()
  process.exit(1)
}

// Platform tokens live in Redis, shared with the web process and other workers, fetched under a lock.
provideTokens(() => createLockedTokenProvider({ redis: createProducerRedis('tokens') }))
// Outside production Payload opens a socket to the Next dev server on PORT, to reload its config when
// the admin's code changes. A worker is not that server and loads its config once; the socket only kept
// whatever listens on PORT busy (a `next start` under `npm run up -- --prod` could not close on stop).
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
const payload = workerDatabase(await getPayload({ config }))
await warmUp(payload)
const scheduler = await startScheduler({ payload, redis, timing })
payload.logger.info({ pid: process.pid, lockMs: timing.lockMs, reconcileEveryMs: timing.reconcileEveryMs }, 'scheduler worker ready')

let stopping = false
async function stop(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  payload.logger.info({ signal }, 'scheduler worker stopping: letting running jobs finish')
  await scheduler.close()
  // A 发布失败 saved by the last jobs is e-mailed now rather than by another worker's sweep minutes
  // later; within the few seconds `npm run up` gives a process to stop.
  await outwardAttemptsSettled({ withinMs: 5_000 })
  redis.disconnect()
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
