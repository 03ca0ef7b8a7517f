/**
 * The database workarounds a process that publishes needs (all of them no-ops but the retry on
 * MongoDB and Postgres): SQLite takes one writer at a time, and the worker writes while the web
 * process does. Why each exists is written beside it.
 */
import type { Payload } from 'payload'
import { withDatabaseTurns } from './databaseTurns'
import { writeWithoutTransactions } from './sharedSqlite'
import { applyBusyTimeout, WORKER_BUSY_TIMEOUT_MS } from './sqliteBusyTimeout'

export { afterThePost, withDatabaseTurns } from './databaseTurns'

/** The worker's Payload: its calls take turns, write without transactions, and wait out the web's writes. */
export function workerDatabase(payload: Payload): Payload {
  const turns = withDatabaseTurns(payload)
  writeWithoutTransactions(turns)
  applyBusyTimeout(turns, WORKER_BUSY_TIMEOUT_MS)
  return turns
}
