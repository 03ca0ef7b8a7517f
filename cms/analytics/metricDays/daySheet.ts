import { z } from 'zod'
import { POST_METRICS } from '../../../lib/analytics/metricNames'
import type { PostMetric as PostMetricDoc } from '../../payload-types'
import { relationId } from '../../content'
import { toMetricRow, type MetricRow } from '../metricRow'

/** What a day sheet keeps of each row: what the dashboard sums, filters and judges by. */
export const SHEET_COLUMNS = [
  'delivery',
  'position',
  'account',
  'platform',
  'campaign',
  'contentType',
  'author',
  'publishedAt',
  ...POST_METRICS,
] as const
type SheetColumn = (typeof SHEET_COLUMNS)[number]
type Cell = string | number | null

/** The post-metrics columns to read when building a sheet (date and updatedAt for the checks). */
export const SHEET_SELECT = Object.fromEntries([...SHEET_COLUMNS, 'date', 'updatedAt'].map((name) => [name, true])) as Record<string, true>

const cell = (value: unknown): Cell => (typeof value === 'string' || typeof value === 'number' ? value : null)

/** A row as a sheet stores it: one array in SHEET_COLUMNS order, relationships as ids. */
export function encodeRow(doc: Partial<PostMetricDoc>): Cell[] {
  return SHEET_COLUMNS.map((column) => {
    const value: unknown = doc[column as keyof PostMetricDoc]
    return column === 'delivery' || column === 'account' || column === 'campaign' || column === 'author'
      ? relationId(value as Parameters<typeof relationId>[0])
      : cell(value)
  })
}

const storedSheet = z.object({ columns: z.array(z.string()), rows: z.array(z.unknown()) })

// Checked by hand: a schema per cell cost more than the rest of the dashboard (a month is ~160k cells).
const isCells = (row: unknown): row is Cell[] =>
  Array.isArray(row) &&
  row.length === SHEET_COLUMNS.length &&
  row.every((value) => value === null || typeof value === 'string' || typeof value === 'number')

/**
 * A stored sheet's rows back as MetricRows of `date`, or null when it was written with other
 * columns (an older build of the code): such a sheet is rebuilt, never misread.
 */
export function decodeSheet(args: { date: string; stored: unknown }): MetricRow[] | null {
  const parsed = storedSheet.safeParse(args.stored)
  if (!parsed.success || parsed.data.columns.join() !== SHEET_COLUMNS.join()) return null
  const rows = parsed.data.rows
  if (!rows.every(isCells)) return null
  return rows.map((cells) => {
    const doc: Partial<Record<SheetColumn | 'date', Cell>> = { date: args.date }
    for (let i = 0; i < SHEET_COLUMNS.length; i++) doc[SHEET_COLUMNS[i]] = cells[i] ?? null
    return toMetricRow(doc as Partial<PostMetricDoc>)
  })
}
