import type { Payload } from 'payload'
import { sqliteWorkaroundsApply } from './sqliteWorkarounds'

type SqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
}

/**
 * The web process's own transactions take turns (transactionSlots.ts), but a write outside them can
 * still meet one, and that wait blocks the very thread that would finish it: kept short, it only
 * turns an instant "database is locked" into a brief pause. The worker's own calls take turns, so it
 * can wait as long as a web transaction may hold the lock.
 */
export const WEB_BUSY_TIMEOUT_MS = 500
export const WORKER_BUSY_TIMEOUT_MS = 5000

const installed = new WeakSet<object>()
let timeoutMs = 0

/** The timeout this process's connections get; the transactions' own connections take it too (sqliteTransactionConnections.ts). */
export function currentBusyTimeoutMs(): number {
  return timeoutMs
}

/**
 * SQLite makes a writer that finds the file locked by another process wait up to its busy timeout
 * instead of failing at once. The libsql client opens a fresh connection after every transaction it
 * hands out and gives it no timeout (Payload's `busyTimeout` reaches only the first), so each new
 * connection gets it here as it is opened; the saves' own connections take it as they begin
 * (sqliteTransactionConnections.ts).
 *
 * Why it exists: SQLite fails a second writer at once unless told to wait. MongoDB and Postgres queue
 * concurrent writers themselves: untouched.
 */
export function applyBusyTimeout(payload: Payload, ms: number): void {
  if (!sqliteWorkaroundsApply()) return
  const client = (payload.db as unknown as { client?: SqlClient }).client
  if (!client) return
  timeoutMs = ms
  const pragma = () => client.execute(`PRAGMA busy_timeout = ${timeoutMs}`).catch(() => undefined)
  void pragma()
  if (installed.has(client)) return
  installed.add(client)
  const begin = client.transaction.bind(client)
  client.transaction = (mode?: string) => {
    // Synchronous under the hood: `begin` takes the current connection (it has the timeout) and
    // the pragma opens the next one at once, before any other call can take it.
    const transaction = begin(mode)
    void pragma()
    return transaction
  }
}
