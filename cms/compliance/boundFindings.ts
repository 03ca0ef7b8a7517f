import type { FindingRow } from './findingRows'

/** Stands last in a bounded list when rows were left out, so a reader can say how much is missing. */
export type FindingsOmitted = { omitted: true; rows: number; occurrences: number; note: string }

export type BoundedFindings<Row extends FindingRow = FindingRow> = (Row | FindingsOmitted)[]

export const MAX_FINDING_ROWS = 200

const RANK: Record<FindingRow['severity'], number> = { block: 0, review: 1, warn: 2 }

/**
 * At most `maxRows` rows, the most severe first (so a blocking word is never the one left out), then
 * a marker with what was left out. The order within a severity is kept. Pure.
 */
export function boundFindings<Row extends FindingRow>(args: { rows: readonly Row[]; maxRows?: number }): BoundedFindings<Row> {
  const maxRows = args.maxRows ?? MAX_FINDING_ROWS
  const ordered = [...args.rows].sort((a, b) => RANK[a.severity] - RANK[b.severity])
  const kept: BoundedFindings<Row> = ordered.slice(0, maxRows)
  const left = ordered.slice(maxRows)
  if (left.length === 0) return kept
  const occurrences = left.reduce((sum, row) => sum + row.count, 0)
  const note = `另有 ${left.length.toLocaleString('zh-CN')} 条检查结果（共 ${occurrences.toLocaleString('zh-CN')} 处）未列出，请先修改已列出的词语。`
  return [...kept, { omitted: true, rows: left.length, occurrences, note }]
}

export function isOmittedMarker(entry: FindingRow | FindingsOmitted): entry is FindingsOmitted {
  return 'omitted' in entry && entry.omitted === true
}
