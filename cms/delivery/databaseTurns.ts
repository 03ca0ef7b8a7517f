import type { Payload } from 'payload'
import { databaseKind } from '../../lib/databaseKind'
import { env } from '../../lib/env'

/**
 * SQLite takes one writer at a time, and the libsql client opens every transaction on a fresh
 * connection with no busy timeout: concurrent operations fail at once with SQLITE_BUSY (39 of 40
 * parallel updates did). In a process that runs many deliveries at once, database calls made through
 * the returned Payload therefore take turns, and a collision with another process is retried briefly.
 * Hooks run inside the call that triggered them (same transaction), so they never wait on a turn.
 */
const PAYLOAD_CALLS = new Set(['find', 'findByID', 'findVersionByID', 'findVersions', 'count', 'create', 'update', 'delete'])
const ADAPTER_CALLS = new Set(['create', 'find', 'findOne', 'updateOne', 'updateMany', 'deleteOne', 'count'])
const MAX_RETRIES = 20

let tail: Promise<unknown> = Promise.resolve()

function inTurn<T>(call: () => Promise<T>): Promise<T> {
  const run = tail.then(call, call)
  tail = run.catch(() => undefined)
  return run
}

export function isDatabaseBusy(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    if (/SQLITE_BUSY|database is locked/i.test(current.message)) return true
  }
  return false
}

export async function withBusyRetry<T>(call: () => Promise<T>, serialize: boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await (serialize ? inTurn(call) : call())
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
      return (...args: unknown[]) => withBusyRetry(() => Promise.resolve(method.apply(object, args)), serialize)
    },
  })
}

/** The same Payload, its database calls taking turns on SQLite (no change on MongoDB but the retry). */
export function withDatabaseTurns(payload: Payload): Payload {
  const serialize = databaseKind(env.databaseUrl) === 'sqlite'
  const db = wrapCalls(payload.db, ADAPTER_CALLS, serialize)
  const wrapped = wrapCalls(payload, PAYLOAD_CALLS, serialize)
  return new Proxy(wrapped, { get: (object, property) => (property === 'db' ? db : Reflect.get(object, property)) })
}
