import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload } from 'payload'
import { errorChain } from '../../lib/errorChain'
import { logger } from '../../lib/logger'
import { sqliteWorkaroundsApply } from './sqliteWorkarounds'

/**
 * SQLite takes one writer at a time, and a writer that finds the lock taken waits in the busy
 * handler with the thread blocked (sqliteBusyTimeout.ts): inside one process the holder could never
 * finish, so the first waiter would fail after the timeout instead. In a process that runs many
 * deliveries at once, database calls made through the returned Payload therefore take turns; a
 * collision with another process that outlasts the busy timeout is retried briefly.
 * Hooks run inside the call that triggered them, so they never wait on a turn.
 *
 * Why it exists: SQLite's single writer and its blocking busy wait. MongoDB and Postgres lock rows or
 * documents, not the file, and never block the thread: there nothing takes turns (the retry only
 * answers SQLITE_BUSY, which they never raise).
 */
const PAYLOAD_CALLS = new Set(['find', 'findByID', 'findVersionByID', 'findVersions', 'count', 'create', 'update', 'delete'])
const ADAPTER_CALLS = new Set(['create', 'find', 'findOne', 'updateOne', 'updateMany', 'deleteOne', 'count'])
const MAX_RETRIES = 20

const recording = new AsyncLocalStorage<true>()
const lanes: { first: (() => void)[]; later: (() => void)[] } = { first: [], later: [] }
let busy = false

/**
 * Database calls made inside `work` take their turn after all others: they record what already
 * happened on the platform, while the calls of runs that have yet to post decide when posts go out.
 */
export function afterThePost<T>(work: () => Promise<T>): Promise<T> {
  return recording.run(true, work)
}

function next(): void {
  const task = lanes.first.shift() ?? lanes.later.shift()
  busy = task !== undefined
  task?.()
}

/** A call holding its turn this long is reported: every other database call of the process waits on it. */
const SLOW_TURN_MS = 30_000

function inTurn<T>(args: { label: string; call: () => Promise<T> }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const lane = recording.getStore() ? lanes.later : lanes.first
    lane.push(() => {
      const watchdog = setTimeout(
        () => logger.warn({ call: args.label }, `a database call has held its turn for ${SLOW_TURN_MS / 1000} s`),
        SLOW_TURN_MS,
      )
      // Whatever the call does (even throw at once), the next one gets its turn.
      Promise.resolve()
        .then(args.call)
        .then(resolve, reject)
        .finally(() => {
          clearTimeout(watchdog)
          // The calls are synchronous under the hood: chained directly, a long queue would run to its
          // end in microtasks and starve the event loop, holding back every platform reply and Redis
          // answer until it drains. Handing over through setImmediate lets them in between turns.
          setImmediate(next)
        })
    })
    if (!busy) next()
  })
}

export function isDatabaseBusy(error: unknown): boolean {
  return errorChain(error).some((each) => /SQLITE_BUSY|database is locked/i.test(each.message))
}

export async function withBusyRetry<T>(args: { label: string; call: () => Promise<T>; serialize: boolean }): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await (args.serialize ? inTurn(args) : args.call())
    } catch (error) {
      if (!isDatabaseBusy(error) || attempt >= MAX_RETRIES) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 10 * 2 ** attempt) * (0.5 + Math.random())))
    }
  }
}

function wrapCalls<T extends object>(target: T, names: Set<string>, serialize: boolean): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property)
      if (typeof value !== 'function') return value
      const method = value as (...args: unknown[]) => unknown
      if (typeof property !== 'string' || !names.has(property)) return method.bind(object)
      return (...args: unknown[]) => {
        const collection = (args[0] as { collection?: unknown } | undefined)?.collection
        return withBusyRetry({ label: `${property} ${String(collection ?? '')}`, call: async () => method.apply(object, args), serialize })
      }
    },
  })
}

/** The same Payload, its database calls taking turns on SQLite (no change on MongoDB but the retry). */
export function withDatabaseTurns(payload: Payload): Payload {
  const serialize = sqliteWorkaroundsApply()
  const db = wrapCalls(payload.db, ADAPTER_CALLS, serialize)
  const wrapped = wrapCalls(payload, PAYLOAD_CALLS, serialize)
  return new Proxy(wrapped, { get: (object, property) => (property === 'db' ? db : Reflect.get(object, property)) })
}
