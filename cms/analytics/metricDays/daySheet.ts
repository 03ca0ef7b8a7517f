import { z } from 'zod'
import type { ReportCollection } from '../dashboard/findForReport'

export type Cell = string | number | null
/** A row as read from its collection at depth 0: relationships as ids, plus date and updatedAt for the checks. */
export type SourceDoc = { date?: string | null; updatedAt?: string | null } & Record<string, unknown>

/**
 * One collection whose day rows are kept as stored day sheets: which columns a sheet keeps (in order,
 * relationships as ids) and how a sheet row becomes the report's row again.
 */
export type SheetSource<Row> = {
  kind: 'posts' | 'followers'
  collection: ReportCollection
  columns: readonly string[]
  /** The report's row from a document of the collection (or from a stored sheet row, same columns). */
  toRow: (doc: SourceDoc) => Row
}

/** The columns to read when building a sheet: the kept ones, and date and updatedAt for the checks. */
export function sheetSelect(source: SheetSource<unknown>): Record<string, true> {
  return Object.fromEntries([...source.columns, 'date', 'updatedAt'].map((name) => [name, true]))
}

const idOf = (value: unknown): Cell => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** A row as a sheet stores it: one array in the source's column order. */
export function encodeRow(source: SheetSource<unknown>, doc: SourceDoc): Cell[] {
  return source.columns.map((column) => idOf(doc[column]))
}

const storedSheet = z.object({ columns: z.array(z.string()), rows: z.array(z.unknown()) })

/**
 * A stored sheet's rows back as the report's rows of `date`, or null when it was written with other
 * columns (an older build of the code): such a sheet is rebuilt, never misread.
 */
export function decodeSheet<Row>(args: { source: SheetSource<Row>; date: string; stored: unknown }): Row[] | null {
  const { source } = args
  const parsed = storedSheet.safeParse(args.stored)
  if (!parsed.success || parsed.data.columns.join() !== source.columns.join()) return null
  const width = source.columns.length
  // Checked by hand: a schema per cell cost more than the rest of the dashboard (a month is ~160k cells).
  const isCells = (row: unknown): row is Cell[] =>
    Array.isArray(row) &&
    row.length === width &&
    row.every((value) => value === null || typeof value === 'string' || typeof value === 'number')
  const rows = parsed.data.rows
  if (!rows.every(isCells)) return null
  return rows.map((cells) => {
    const doc: SourceDoc = { date: args.date }
    for (let i = 0; i < width; i++) doc[source.columns[i]] = cells[i]
    return source.toRow(doc)
  })
}
