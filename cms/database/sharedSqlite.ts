import type { Payload } from 'payload'
import { sqliteWorkaroundsApply } from './sqliteWorkarounds'

/**
 * The worker writes without transactions on SQLite: each statement commits on its own. A libsql
 * statement that fails midway (SQLITE_BUSY when another process writes) stays "in progress" on its
 * connection; inside a transaction the COMMIT and ROLLBACK then fail too, the transaction stays open
 * holding the write lock, and every writer of the file stalls. Payload runs without transactions when
 * the adapter answers null (as MongoDB does without a replica set). The worker's records are built to
 * be rewritten: each write is retried or re-derived by the next look at the delivery.
 *
 * Why it exists: libsql leaves a failed statement open and SQLite has one writer per file. MongoDB
 * and Postgres roll a failed transaction back on their own and lock rows, not the file: untouched.
 */
export function writeWithoutTransactions(payload: Payload): void {
  if (!sqliteWorkaroundsApply()) return
  payload.db.beginTransaction = async () => null
}
