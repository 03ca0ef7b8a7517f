import type { Finding } from '../../moderation'

export type FindingOccurrence = { start: number; end: number }

/**
 * Every occurrence of one word in one text, as one row: how often it occurs and where the first few
 * are. `start`/`end` repeat the first occurrence so readers of the older one-row-per-occurrence
 * shape (offsets, excerpt) still find them.
 */
export type FindingRow = Omit<Finding, 'start' | 'end'> & {
  count: number
  start: number
  end: number
  /** What the first occurrence looks like in the text (decorations included), shortened when long. */
  excerpt: string
  occurrences: FindingOccurrence[]
}

export const OCCURRENCES_PER_ROW = 5
// Separators folded inside a word can make one match span a long stretch of text.
const EXCERPT_CHARS = 40

/** One row per distinct word, in the order of each word's first occurrence. Pure. */
export function findingRows(args: { text: string; findings: readonly Finding[] }): FindingRow[] {
  const rows = new Map<string, FindingRow>()
  for (const finding of args.findings) {
    const row = rows.get(finding.word)
    if (row) {
      row.count += 1
      if (row.occurrences.length < OCCURRENCES_PER_ROW) row.occurrences.push({ start: finding.start, end: finding.end })
      continue
    }
    const { start, end, ...entry } = finding
    rows.set(finding.word, {
      ...entry,
      count: 1,
      start,
      end,
      excerpt: excerptOf({ text: args.text, start, end }),
      occurrences: [{ start, end }],
    })
  }
  return [...rows.values()]
}

function excerptOf(args: { text: string; start: number; end: number }): string {
  const matched = args.text.slice(args.start, args.end)
  if (matched.length <= EXCERPT_CHARS) return matched
  const half = EXCERPT_CHARS / 2
  return `${matched.slice(0, half)}…${matched.slice(-half)}`
}
