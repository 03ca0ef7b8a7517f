import type { Column, SQL } from '@payloadcms/db-sqlite/drizzle'

type Update = { set: (values: Record<string, unknown>) => { where: (condition: SQL | undefined) => PromiseLike<unknown> } }
type Drizzle = { update: (table: unknown) => Update }

/** What our code uses of Payload's SQL adapters (SQLite and Postgres share it through drizzle). */
export type SqlAdapter = {
  drizzle: Drizzle
  tables: Record<string, Record<string, Column> | undefined>
  tableNameMap: Map<string, string>
  sessions?: Record<string, { db: Drizzle } | undefined>
}

/** The adapter as a SQL one (its rows in tables, one per array), or null for MongoDB (arrays inside documents). */
export function sqlAdapterOf(db: unknown): SqlAdapter | null {
  return typeof db === 'object' && db !== null && 'drizzle' in db && 'tables' in db ? (db as SqlAdapter) : null
}
