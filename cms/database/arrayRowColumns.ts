import { and, eq } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { withBusyRetry } from './databaseTurns'
import { sqlAdapterOf } from './sqlAdapter'
import { sqliteWorkaroundsApply } from './sqliteWorkarounds'

type Row = { id?: string | null } & Record<string, unknown>

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`).replace(/-/g, '_')

/**
 * Writes `columns` of an array field's rows where the rows are, each row by its id: one statement per
 * row, each whole on its own, so a process stopped between two leaves every row in place, some with the
 * new values and some without, and the write can simply be done again.
 *
 * Why it exists: Payload's SQL adapters write an array only by deleting its rows and inserting them again.
 * Where there is no transaction around that (the SQLite worker, sharedSqlite.ts) a process stopped between
 * the two loses the rows. MongoDB keeps an array inside its document, whose update is whole: there the rows
 * are written through the adapter. Rows without an id (never stored) are left out.
 */
export async function writeArrayRowColumns(args: {
  payload: Payload
  req?: PayloadRequest
  collection: CollectionSlug
  field: string
  parentId: string | number
  rows: readonly Row[]
  columns: readonly string[]
}): Promise<void> {
  const { payload, req, collection, field, parentId, rows } = args
  const adapter = sqlAdapterOf(payload.db)
  if (adapter === null) {
    await payload.db.updateOne({ collection, id: parentId, data: { [field]: rows }, req })
    return
  }
  // Named as the adapter names an array's table by default, mapped to a custom name where one is set.
  const defaultName = `${snakeCase(collection)}_${snakeCase(field)}`
  const tableName = adapter.tableNameMap.get(defaultName) ?? defaultName
  const table = adapter.tables[tableName]
  const idColumn = table?.id
  const parentColumn = table?._parentID
  if (!table || !idColumn || !parentColumn) throw new Error(`no table ${tableName} for the array ${collection}.${field}`)
  const transactionId = req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
  const db = (transactionId === undefined ? undefined : adapter.sessions?.[String(transactionId)]?.db) ?? adapter.drizzle
  for (const row of rows) {
    if (!row.id) continue
    const values = Object.fromEntries(args.columns.map((column) => [column, row[column] ?? null]))
    const rowId = row.id
    await withBusyRetry({
      label: `update ${tableName}`,
      // Inside a request's transaction the statement is part of it, so it must not wait for a turn behind it.
      serialize: sqliteWorkaroundsApply() && transactionId === undefined,
      call: async () =>
        db
          .update(table)
          .set(values)
          .where(and(eq(idColumn, rowId), eq(parentColumn, parentId))),
    })
  }
}
