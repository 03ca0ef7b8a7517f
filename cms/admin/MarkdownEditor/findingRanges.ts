import type { FindingRow } from '../../compliance/findingRows'

/** One underlined occurrence: where it is now, what it matched and what the lexicon suggests. */
export type FindingRange = {
  from: number
  to: number
  /** The text as written at that place (a pinyin or split spelling included). */
  matched: string
  /** The lexicon's word. */
  word: string
  severity: FindingRow['severity']
  replacement: string | null
}

const RANK: Record<FindingRow['severity'], number> = { warn: 1, review: 2, block: 3 }
/** More underlines than anyone reads; past this the rest are in the findings panel. */
export const MAX_RANGES = 2000

/**
 * The occurrences to underline in `text`, sorted by position. The scan lists the first few
 * occurrences of each word; the rest are found by looking for the same spellings again. An
 * occurrence lying inside a more severe one (最 inside 最佳) is left to the outer one. Pure.
 */
export function findingRanges(args: { text: string; rows: readonly FindingRow[] }): FindingRange[] {
  const { text } = args
  const ranges: FindingRange[] = []
  const seen = new Set<string>()
  const add = (row: FindingRow, from: number, to: number) => {
    const key = `${from}:${to}:${row.word}`
    if (seen.has(key) || to > text.length || from >= to) return
    seen.add(key)
    ranges.push({ from, to, matched: text.slice(from, to), word: row.word, severity: row.severity, replacement: row.replacement })
  }
  for (const row of args.rows) {
    for (const occurrence of row.occurrences) add(row, occurrence.start, occurrence.end)
    if (row.count <= row.occurrences.length) continue
    const spellings = new Set(row.occurrences.map((o) => text.slice(o.start, o.end)).filter(Boolean))
    const after = row.occurrences.reduce((last, o) => Math.max(last, o.end), 0)
    for (const spelling of spellings) {
      for (
        let at = text.indexOf(spelling, after);
        at !== -1 && ranges.length < MAX_RANGES;
        at = text.indexOf(spelling, at + spelling.length)
      )
        add(row, at, at + spelling.length)
    }
  }
  ranges.sort((a, b) => a.from - b.from || b.to - a.to)
  const kept = ranges.filter(
    (inner) =>
      !ranges.some(
        (outer) => outer !== inner && RANK[outer.severity] > RANK[inner.severity] && outer.from <= inner.from && outer.to >= inner.to,
      ),
  )
  return kept.slice(0, MAX_RANGES)
}

/**
 * Where `word` is now, near the offsets a scan of an older text gave: the same place if it still
 * says so, else the nearest occurrence of that spelling; null when it is gone. Pure.
 */
export function locateOccurrence(args: { text: string; from: number; to: number; matched: string }): { from: number; to: number } | null {
  const { text, matched } = args
  if (matched === '') return null
  if (text.slice(args.from, args.to) === matched) return { from: args.from, to: args.to }
  const before = text.lastIndexOf(matched, args.from)
  const after = text.indexOf(matched, args.from)
  const candidates = [before, after].filter((at) => at !== -1)
  if (candidates.length === 0) return null
  const nearest = candidates.reduce((best, at) => (Math.abs(at - args.from) < Math.abs(best - args.from) ? at : best))
  return { from: nearest, to: nearest + matched.length }
}

/** The one change that replaces a single occurrence, or null when the text there no longer matches. */
export function replaceOccurrence(args: { text: string; range: FindingRange }): { from: number; to: number; insert: string } | null {
  const { range } = args
  if (range.replacement === null) return null
  const at = locateOccurrence({ text: args.text, from: range.from, to: range.to, matched: range.matched })
  return at ? { ...at, insert: range.replacement } : null
}
