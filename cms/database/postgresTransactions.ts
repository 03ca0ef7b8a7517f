import type { Payload } from 'payload'
import { databaseKind } from '../../lib/databaseKind'
import { env } from '../../lib/env'

/**
 * On Postgres a Payload transaction holds one pooled connection from begin to commit, and hooks that
 * read without the request's transaction (the lexicon version on every save, for one) need a second
 * one meanwhile. With as many saves at once as the pool has connections, every connection is held by
 * a transaction waiting for a free one, and the process hangs. So at most half the pool may be held
 * by open transactions: the other half always serves the reads they wait on, and a transaction past
 * the limit waits for a slot before it takes a connection.
 *
 * Why it exists: Postgres's connection pool and Payload hooks that read outside the transaction.
 * SQLite (one connection) and MongoDB (sessions share the client's pool) have no such limit: untouched.
 */
export function limitOpenTransactions(payload: Payload, poolMax: number = env.DATABASE_POOL_MAX): void {
  if (databaseKind(env.databaseUrl) !== 'postgres') return
  const db = payload.db
  if (limited.has(db)) return
  limited.add(db)
  const slots = Math.max(1, Math.floor(poolMax / 2))
  let open = 0
  const waiting: (() => void)[] = []
  const held = new Set<number | string>()
  const release = () => {
    open -= 1
    waiting.shift()?.()
  }
  const acquire = async () => {
    if (open >= slots) await new Promise<void>((resolve) => waiting.push(resolve))
    open += 1
  }
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.beginTransaction = async (options) => {
    await acquire()
    try {
      const id = await begin(options)
      if (id === null) release()
      else held.add(id)
      return id
    } catch (error) {
      release()
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
        if (held.delete(id)) release()
      }
    }
  db.commitTransaction = finishing(commit)
  db.rollbackTransaction = finishing(rollback)
}

const limited = new WeakSet<object>()
