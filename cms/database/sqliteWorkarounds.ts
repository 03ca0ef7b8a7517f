import { databaseKind } from '../../lib/databaseKind'
import { env } from '../../lib/env'

/**
 * The one place that decides whether the SQLite workarounds (databaseTurns.ts, sharedSqlite.ts, sqliteYield.ts,
 * sqliteBusyTimeout.ts, sqliteBusyConnection.ts, sqliteTransactionConnections.ts) apply: only when the adapter is SQLite. Postgres and MongoDB lock rows or
 * documents, queue concurrent writers themselves and never block the Node thread, so there each
 * workaround is a no-op.
 */
export function sqliteWorkaroundsApply(): boolean {
  return databaseKind(env.databaseUrl) === 'sqlite'
}
