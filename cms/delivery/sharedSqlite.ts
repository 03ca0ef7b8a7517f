import type { Payload } from 'payload'
import { databaseKind } from '../../lib/databaseKind'
import { env } from '../../lib/env'

type SqlClient = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * The worker is a second process on the web's SQLite file. In WAL mode (a property of the file, set
 * once for every connection) readers never fail or wait while another process commits, so the web
 * stays readable while the worker records deliveries. Payload's own switch is `wal: true` on the
 * SQLite adapter (cms/database.ts); this does the same from the worker until that is set.
 */
export async function switchToWriteAheadLog(payload: Payload): Promise<void> {
  if (databaseKind(env.databaseUrl) !== 'sqlite') return
  const client = (payload.db as unknown as { client?: SqlClient }).client
  if (!client) return
  const { rows } = await client.execute('PRAGMA journal_mode')
  if (rows[0]?.journal_mode === 'wal') return
  await client.execute('PRAGMA journal_mode=WAL')
  payload.logger.info('SQLite switched to WAL mode: the web process can read while the worker writes')
}
