import { executeAccess, type Payload, type PayloadRequest } from 'payload'
import { addDays } from '../../../lib/zonedTime'
import { findForReport } from '../dashboard/findForReport'
import { decodeSheet, encodeRow, sheetSelect, type SheetSource, type SourceDoc } from './daySheet'

/**
 * How far before a sheet's build a row's write may be stamped and still not be in it: a write's
 * `updatedAt` is taken when its transaction starts, and it may commit after the build's read (or come
 * from a host whose clock lags). A sheet with a row stamped inside this margin is used but not
 * stored, so it is rebuilt until its day has been quiet this long.
 */
export const SHEET_SETTLE_MS = 5 * 60_000

type StoredSheet = { id: string | number; date: string; columns?: unknown; rows?: unknown; count?: number; validFrom?: string }
type Sheet<Row> = { rows: Row[]; count: number }

/**
 * Sheets already decoded (or built and stored) by this process, by day and validFrom: a stored sheet never changes without
 * a new validFrom, so its rows are parsed once, not on every look at the dashboard. Per source, the
 * most recently used few hundred days.
 */
const MEMO_DAYS = 800
const decoded = new WeakMap<SheetSource<unknown>, Map<string, Sheet<unknown>>>()
const memoKey = (sheet: Pick<StoredSheet, 'date' | 'validFrom'>) => `${sheet.date}@${sheet.validFrom ?? ''}`

function memoOf<Row>(source: SheetSource<Row>): Map<string, Sheet<Row>> {
  let memo = decoded.get(source)
  if (!memo) decoded.set(source, (memo = new Map()))
  return memo as Map<string, Sheet<Row>>
}

function remember<Row>(memo: Map<string, Sheet<Row>>, key: string, sheet: Sheet<Row>): void {
  memo.delete(key)
  memo.set(key, sheet)
  for (const oldest of memo.keys()) {
    if (memo.size <= MEMO_DAYS) break
    memo.delete(oldest)
  }
}

function daysOf(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

const inDays = (from: string, to: string) => [{ date: { greater_than_equal: from } }, { date: { less_than_equal: to } }]
const sheetKey = (kind: string, date: string) => `${kind}:${date}`

/** Stores a rebuilt day unless a row in it is too fresh to be sure of (it is rebuilt again next time). */
async function storeSheet(args: {
  payload: Payload
  source: SheetSource<unknown>
  date: string
  docs: SourceDoc[]
  validFrom: string
  existing?: StoredSheet
}): Promise<boolean> {
  const { payload, source, date, docs, validFrom, existing } = args
  if (docs.some((doc) => (doc.updatedAt ?? '') > validFrom)) return false
  const data = {
    key: sheetKey(source.kind, date),
    kind: source.kind,
    date,
    columns: [...source.columns],
    rows: docs.map((doc) => encodeRow(source, doc)),
    count: docs.length,
    validFrom,
  }
  try {
    if (existing) await payload.db.updateOne({ collection: 'metric-days', id: existing.id, data, returning: false })
    else await payload.db.create({ collection: 'metric-days', data, returning: false })
    return true
  } catch (error) {
    // Another request stored the same day a moment earlier (unique key): theirs is as good.
    payload.logger.debug({ key: data.key, err: String(error) }, 'day sheet not stored')
    return false
  }
}

/**
 * All rows of `source` for the days `from`..`to` as the caller may read them, from the stored day
 * sheets where they still hold, rebuilding the days that changed. The numbers are never older than
 * the rows: a day is rebuilt when a row of it was written after its sheet's `validFrom`, when it has
 * no sheet, or when the days' row counts disagree with the sheets' (a deleted row). Under read
 * access that narrows rows by a condition, the rows are read directly instead.
 */
export async function readDaySheets<Row>(args: {
  req: PayloadRequest
  source: SheetSource<Row>
  from: string
  to: string
  /** SHEET_SETTLE_MS; tests that write and read within moments pass less. */
  settleMs?: number
}): Promise<Row[]> {
  const { req, source, from, to } = args
  const { payload } = req
  const settleMs = args.settleMs ?? SHEET_SETTLE_MS
  const select = sheetSelect(source)
  const access = await executeAccess({ req, disableErrors: true }, payload.collections[source.collection].config.access.read)
  if (access === false) return []
  if (access !== true) {
    const docs = await findForReport({ req, collection: source.collection, where: { and: inDays(from, to) }, select })
    return (docs as SourceDoc[]).map(source.toRow)
  }
  const where = { and: [{ kind: { equals: source.kind } }, ...inDays(from, to)] }
  // The sheets' stamps first; the rows only of those this process has not decoded yet.
  const stored = (
    await payload.db.find<StoredSheet>({
      collection: 'metric-days',
      where,
      select: { date: true, validFrom: true, count: true },
      pagination: false,
      limit: 0,
    })
  ).docs
  const memo = memoOf(source)
  const unread = stored.filter((sheet) => !memo.has(memoKey(sheet)))
  if (unread.length > 0) {
    const full = await payload.db.find<StoredSheet>({
      collection: 'metric-days',
      where: { id: { in: unread.map((sheet) => sheet.id) } },
      pagination: false,
      limit: 0,
    })
    for (const sheet of full.docs) {
      const rows = decodeSheet({ source, date: sheet.date, stored: sheet })
      if (rows !== null && typeof sheet.count === 'number') remember(memo, memoKey(sheet), { rows, count: sheet.count })
    }
  }
  const storedByDay = new Map(stored.map((sheet) => [sheet.date, sheet]))
  const sheets = new Map<string, Sheet<Row>>()
  for (const sheet of stored) {
    const known = memo.get(memoKey(sheet))
    if (known) sheets.set(sheet.date, known)
  }
  const oldest = stored.map((sheet) => sheet.validFrom ?? '').sort()[0]
  if (oldest !== undefined && sheets.size > 0) {
    const written = (await findForReport({
      req,
      collection: source.collection,
      where: { and: [...inDays(from, to), { updatedAt: { greater_than: oldest } }] },
      select: { date: true, updatedAt: true },
    })) as SourceDoc[]
    for (const doc of written) {
      const sheet = doc.date ? storedByDay.get(doc.date) : undefined
      if (sheet && (doc.updatedAt ?? '') > (sheet.validFrom ?? '')) sheets.delete(sheet.date)
    }
  }
  const rebuild = async (days: string[]) => {
    if (days.length === 0) return
    const startedAt = Date.now()
    const docs = (await findForReport({ req, collection: source.collection, where: { date: { in: days } }, select })) as SourceDoc[]
    const byDay = new Map<string, SourceDoc[]>(days.map((day) => [day, []]))
    for (const doc of docs) if (doc.date) byDay.get(doc.date)?.push(doc)
    const validFrom = new Date(startedAt - settleMs).toISOString()
    for (const [date, dayDocs] of byDay) {
      const sheet = { rows: dayDocs.map(source.toRow), count: dayDocs.length }
      sheets.set(date, sheet)
      if (await storeSheet({ payload, source, date, docs: dayDocs, validFrom, existing: storedByDay.get(date) }))
        remember(memo, memoKey({ date, validFrom }), sheet)
    }
  }
  const days = daysOf(from, to)
  await rebuild(days.filter((day) => !sheets.has(day)))
  const counted = (await payload.db.count({ collection: source.collection, where: { and: inDays(from, to) }, req })).totalDocs
  const inSheets = [...sheets.values()].reduce((sum, sheet) => sum + sheet.count, 0)
  // Only a deletion changes a day's rows without a newer write: rare enough to rebuild the range for.
  if (counted !== inSheets) await rebuild(days)
  return days.flatMap((day) => sheets.get(day)?.rows ?? [])
}
