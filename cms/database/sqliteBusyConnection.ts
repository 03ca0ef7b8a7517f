import type { Payload } from 'payload'
import { isDatabaseBusy } from './databaseTurns'
import { sqliteWorkaroundsApply } from './sqliteWorkarounds'

type Call = (...args: never[]) => Promise<unknown>
type SqlClient = { execute: Call; batch: Call; transaction: (mode?: 'deferred') => Promise<{ close: () => void }> }

const retiring = new WeakSet<object>()

/**
 * A statement outside a transaction that gives up on the write lock (SQLITE_BUSY) is left unfinished
 * on the client's connection until the garbage collector frees it: libsql does not reset it. The next
 * write on that connection then never commits and keeps the file's write lock (checked with libsql 0.4:
 * another connection's write fails with "database is locked" while the first reads its own uncommitted
 * row), and a transaction begun on it fails its COMMIT ("SQL statements in progress"), which Payload
 * swallows. Seen when a platform callback's write met an editor's save (the save answered success and
 * was rolled back, when saves still ran on the client's connection; see sqliteTransactionConnections.ts).
 * So the connection is retired at once: the client's own `transaction()` takes its current connection
 * and opens a new one for what comes next, and the empty transaction taken this way is rolled back and
 * dropped.
 *
 * Installed before sqliteYield.ts, so the connection is retired before the event loop gets a turn.
 *
 * Why it exists: libsql's unreset statement (0.4 and 0.5 alike) and Payload's silent COMMIT. Postgres
 * and MongoDB never raise SQLITE_BUSY: untouched.
 */
export function retireConnectionAfterBusy(payload: Payload): void {
  if (!sqliteWorkaroundsApply()) return
  const client = (payload.db as unknown as { client?: SqlClient }).client
  if (!client || retiring.has(client)) return
  retiring.add(client)
  const retire = () => {
    void client
      .transaction('deferred')
      .then((stale) => stale.close())
      .catch(() => undefined)
  }
  for (const name of ['execute', 'batch'] as const) {
    const call = client[name].bind(client)
    client[name] = (...args) => {
      const answer = call(...args)
      answer.catch((error: unknown) => {
        if (isDatabaseBusy(error)) retire()
      })
      return answer
    }
  }
}
