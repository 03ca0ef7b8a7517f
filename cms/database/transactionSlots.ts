import type { Payload } from 'payload'
import { databaseKind } from '../../lib/databaseKind'
import { env } from '../../lib/env'
import { logger } from '../../lib/logger'

/**
 * How many Payload transactions one process may hold open at once; the others wait for a slot
 * before they begin, without blocking the thread.
 *
 * - Postgres: a transaction holds one pooled connection from begin to commit, and a hook that reads
 *   without the request's transaction (Payload's or ours; the lexicon's reads on every save did until
 *   they were given the save's `req`) needs a second one meanwhile. With as many saves at once as the pool has connections, every connection would be held
 *   by a transaction waiting for a free one, and the process would hang. So half the pool at most:
 *   the other half always serves the reads they wait on.
 * - SQLite: a transaction takes the file's write lock at begin (`immediate`). A second one in the same
 *   process would wait in the busy handler with the thread blocked, while the first, on that same
 *   thread, cannot finish: it failed after the busy timeout ("cannot begin transaction"), so two
 *   editors saving at the same moment got an error. So one at a time.
 *
 * A transaction that waits longer than SLOT_WAIT_MS goes ahead without a slot (as before this
 * guard): one begun inside another's hooks and awaited there would otherwise wait forever.
 *
 * Why it exists: Postgres's connection pool and Payload hooks that read outside the transaction;
 * SQLite's single writer and its blocking busy wait. MongoDB (sessions share the client's pool, no
 * file lock) needs neither: untouched.
 */
export function limitOpenTransactions(payload: Payload, poolMax: number = env.DATABASE_POOL_MAX): void {
  const kind = databaseKind(env.databaseUrl)
  if (kind === 'mongodb') return
  const turns = takeTurnsToTransact(payload.db, {
    slots: kind === 'sqlite' ? 1 : Math.max(1, Math.floor(poolMax / 2)),
    waitMs: SLOT_WAIT_MS,
  })
  if (kind === 'sqlite' && turns) writesOutsideTransactionsTakeTurns(payload, turns)
}

type Turns = { acquire: () => Promise<boolean>; release: () => void }
type SqlCalls = {
  execute: (statement: string | { sql: string }, ...rest: never[]) => Promise<unknown>
  batch: (...args: never[]) => Promise<unknown>
}

const WRITE = /^\s*(insert|update|delete|replace)\b/i
const sqlOf = (statement: string | { sql: string }) => (typeof statement === 'string' ? statement : statement.sql)

/**
 * On SQLite a write outside a transaction (the state writer's conditional update, Payload's own
 * direct adapter writes) needs the file's write lock as a transaction does. Met with a transaction of
 * this process holding it, it waited in the busy handler with the thread blocked, the holder unable to
 * finish, and failed: a cancel or a platform callback arriving during an editor's save got "database is
 * locked". So such a write takes the same turn as a transaction, for the moment the statement runs.
 */
function writesOutsideTransactionsTakeTurns(payload: Payload, turns: Turns): void {
  const client = (payload.db as unknown as { client?: SqlCalls }).client
  if (!client) return
  const inTurn = async <T>(call: () => Promise<T>): Promise<T> => {
    const slot = await turns.acquire()
    try {
      return await call()
    } finally {
      if (slot) turns.release()
    }
  }
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  client.execute = (statement, ...rest) =>
    WRITE.test(sqlOf(statement)) ? inTurn(() => execute(statement, ...rest)) : execute(statement, ...rest)
  client.batch = (...args) => inTurn(() => batch(...args))
}

type TransactingAdapter = Pick<Payload['db'], 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>

/**
 * Wraps the adapter's transaction calls so that at most `slots` transactions are open at once. Answers
 * the turns, for other writes to take (null when the adapter was already wrapped).
 */
export function takeTurnsToTransact(db: TransactingAdapter, args: { slots: number; waitMs: number }): Turns | null {
  if (limited.has(db)) return null
  limited.add(db)
  const { slots, waitMs } = args
  let open = 0
  const waiting: (() => void)[] = []
  const holding = new Set<number | string>()
  const release = () => {
    const next = waiting.shift()
    if (!next) {
      open -= 1
      return
    }
    // The slot passes straight to the next waiter, but after a turn of the event loop. On SQLite every
    // call answers at once, so a waiter resumed directly would run its whole save as microtasks and hand
    // on to the next in the same way: queued saves ran back to back as one block (all twenty in the
    // test) in which no timer fired and no other request (a list, an open) was read from its socket.
    setImmediate(next)
  }
  /** True when a slot was taken; false when the wait ran out and the transaction goes ahead without one. */
  const acquire = async (): Promise<boolean> => {
    if (open < slots) {
      open += 1
      return true
    }
    return new Promise<boolean>((resolve) => {
      // Called by release with the slot already counted as this waiter's.
      const take = () => {
        clearTimeout(timer)
        resolve(true)
      }
      const timer = setTimeout(() => {
        const place = waiting.indexOf(take)
        // Already handed the slot, and about to take it.
        if (place < 0) return
        waiting.splice(place, 1)
        logger.warn({ waitedMs: waitMs, slots }, 'a transaction waited too long for a slot and begins without one')
        resolve(false)
      }, waitMs)
      waiting.push(take)
    })
  }
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.beginTransaction = async (options) => {
    const slot = await acquire()
    try {
      const id = await begin(options)
      if (slot && id !== null) holding.add(id)
      else if (slot) release()
      return id
    } catch (error) {
      if (slot) release()
      throw error
    }
  }
  const finishing =
    (finish: typeof commit): typeof commit =>
    async (idOrPromise) => {
      const id = await idOrPromise
      try {
        await finish(id)
      } finally {
        if (holding.delete(id)) release()
      }
    }
  db.commitTransaction = finishing(commit)
  db.rollbackTransaction = finishing(rollback)
  return { acquire, release }
}

export const SLOT_WAIT_MS = 30_000

const limited = new WeakSet<object>()
