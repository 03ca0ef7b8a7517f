import type { CollectionSlug, Payload, PayloadRequest, TypeWithVersion } from 'payload'
import { sqlAdapterOf } from './sqlAdapter'

/**
 * Writes `fields` into a stored version and leaves the rest of it as it was.
 *
 * Why it exists: given a whole version, Payload's SQL adapters write it by deleting its arrays, hasMany
 * values and relationship rows and inserting them again. A direct adapter call has no transaction around
 * that (the worker's, on SQLite and on Postgres), so a process stopped in between would leave the admin's
 * form (the latest version) without them, for the next save to keep. Given only the fields, those adapters
 * write their columns in one statement. MongoDB replaces the stored version object with the one it is
 * given, inside one document written whole: there the whole version goes back.
 */
export async function writeVersionFields<T extends object>(args: {
  payload: Payload
  req?: PayloadRequest
  collection: CollectionSlug
  row: TypeWithVersion<T> & { latest?: boolean }
  fields: Partial<T>
}): Promise<void> {
  const { payload, row } = args
  const whole = sqlAdapterOf(payload.db) === null
  await payload.db.updateVersion({
    collection: args.collection,
    id: row.id,
    req: args.req,
    returning: false,
    versionData: {
      ...(whole ? { createdAt: row.createdAt, latest: row.latest, parent: row.parent } : {}),
      // Given, so that the adapter does not stamp the copy as a new save.
      updatedAt: row.updatedAt,
      version: whole ? { ...row.version, ...args.fields } : args.fields,
    } as TypeWithVersion<T>,
  })
}
