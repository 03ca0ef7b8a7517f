import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj } from 'payload'
import { databaseKind } from '../../lib/databaseKind'
import { env } from '../../lib/env'

const migrationsRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations')

/**
 * SQLite by default (a file under .data/), Postgres for postgres:// URLs (several web and worker
 * processes on one database), MongoDB for mongodb:// URLs. Schema changes ship as committed
 * migrations per adapter, applied by the start command, so dev and production run the same schema
 * (no dev-only schema push). The SQLite workarounds (a second process on one file) sit beside this
 * file, each with why it exists, and apply only to SQLite (sqliteWorkarounds.ts). Only the adapter in
 * use is loaded: every process (web, worker, each test file) starts about half a second sooner without the other two.
 */
export async function databaseAdapter(): Promise<DatabaseAdapterObj> {
  const url = env.databaseUrl
  const kind = databaseKind(url)
  if (kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url, migrationDir: path.join(migrationsRoot, 'mongodb') })
  }
  if (kind === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { postgresDriver } = await import('./postgresPool')
    return postgresAdapter({
      pg: postgresDriver(),
      // One over: the adapter keeps one connection for itself (postgresPool.ts).
      pool: { connectionString: url, max: env.DATABASE_POOL_MAX + 1 },
      push: false,
      migrationDir: path.join(migrationsRoot, 'postgres'),
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  return sqliteAdapter({
    client: { url },
    push: false,
    // Opt-in for SQLite: a review transition and its log entry must commit or roll back together.
    transactionOptions: { behavior: 'immediate' },
    // The worker is a second process on this file. In WAL mode readers never wait on its commits,
    // and a COMMIT never needs readers to finish (in rollback-journal mode it fails at once with
    // SQLITE_BUSY when the other process reads, and Payload then rolls back without an error).
    wal: url.startsWith('file:'),
    migrationDir: path.join(migrationsRoot, 'sqlite'),
  })
}
