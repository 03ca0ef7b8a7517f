import type { FindingRow } from '../../compliance/findingRows'

const RANK: Record<FindingRow['severity'], number> = { warn: 1, review: 2, block: 3 }

/**
 * For display: drops a word's row when every one of its occurrences lies inside an occurrence of a
 * more severe word (the `warn` for 最 inside the `block` for 最佳). Only rows whose occurrences are all
 * listed can be judged; a row with more occurrences than listed stays. Pure.
 */
export function withoutShadowedRows<Row extends FindingRow>(rows: readonly Row[]): Row[] {
  return rows.filter((row) => {
    if (row.count > row.occurrences.length) return true
    const outers = rows.filter((other) => RANK[other.severity] > RANK[row.severity]).flatMap((other) => other.occurrences)
    return !row.occurrences.every((inner) => outers.some((outer) => outer.start <= inner.start && outer.end >= inner.end))
  })
}
