import type { StoredFinding } from '../scanContent'
import type { RepeatText } from './repeatText'
import { SHINGLE_CHARS, jaccard } from './shingles'

/**
 * When two items count as repeats. The SimHash only picks candidates cheaply (from one short stored
 * value per item); the decision is the Jaccard similarity of the two texts' 4-character shingle sets.
 * Measured on the assist fixtures (~1,000 characters): unrelated texts sit at Hamming 32–35 (as random
 * 64-bit values do: P(≤ 16) ≈ 4·10⁻⁵), a copy with 1–5 % of its characters changed at 4–12, one with
 * a third cut off at 9–13. Hamming ≤ 16 keeps all of those; Jaccard ≥ 0.6 then keeps a text that
 * shares most of its passages with the other (5 % scattered edits ≈ 0.65–0.75) and drops loose kin.
 */
export const REPEAT_MAX_HAMMING = 16
export const REPEAT_MIN_JACCARD = 0.6
/** An overlapping passage is shown from this many letters and digits on. */
const MIN_PASSAGE_CHARS = 12
const PASSAGES_PER_ROW = 5
const EXCERPT_CHARS = 40

export type SimilarItem = { collection: string; id: string | number; title: string }
/** `note`: what the review gate says for it, as it is not a word of the text. */
export type RepeatFinding = StoredFinding & { similarTo: SimilarItem & { similarity: number }; note: string }

export function isRepeatFinding(finding: StoredFinding): finding is RepeatFinding {
  return finding.category === 'repeat' && 'similarTo' in finding
}

/**
 * Review-level findings saying this item repeats `other` (one row per field holding overlapping
 * passages, offsets into that field's text), or none when the texts are not similar enough. Pure.
 */
export function repeatFindings(args: { own: RepeatText; other: { shingles: ReadonlySet<string> }; item: SimilarItem }): RepeatFinding[] {
  const similarity = jaccard(args.own.shingles, args.other.shingles)
  if (similarity < REPEAT_MIN_JACCARD) return []
  const percent = Math.floor(similarity * 100)
  const word = `与《${args.item.title}》相似度 ${percent}%`
  const base = {
    word,
    category: 'repeat',
    severity: 'review' as const,
    replacement: null,
    note: `${word}（可能是重复内容）`,
    similarTo: { ...args.item, similarity: Math.round(similarity * 1000) / 1000 },
  }
  const rows: RepeatFinding[] = []
  for (const { part, normalized, shingles } of args.own.parts) {
    const passages = overlappingPassages({ normalized, shingles, other: args.other.shingles })
    if (passages.length === 0) continue
    const [first] = passages
    rows.push({
      ...base,
      field: part.field,
      fieldLabel: part.label,
      count: passages.length,
      start: first.start,
      end: first.end,
      excerpt: excerptOf(part.text.slice(first.start, first.end)),
      occurrences: passages.slice(0, PASSAGES_PER_ROW),
    })
  }
  if (rows.length > 0) return rows
  const [part] = args.own.parts
  return part
    ? [{ ...base, field: part.part.field, fieldLabel: part.part.label, count: 0, start: 0, end: 0, excerpt: '', occurrences: [] }]
    : []
}

/** Runs of this text covered by shingles the other text has too, as offsets into the original text. */
function overlappingPassages(args: {
  normalized: RepeatText['parts'][number]['normalized']
  shingles: readonly string[]
  other: ReadonlySet<string>
}): { start: number; end: number }[] {
  const { chars, offsets, ends } = args.normalized
  const covered = new Array<boolean>(chars.length).fill(false)
  args.shingles.forEach((shingle, i) => {
    if (!args.other.has(shingle)) return
    for (let j = i; j < Math.min(chars.length, i + SHINGLE_CHARS); j += 1) covered[j] = true
  })
  const passages: { start: number; end: number }[] = []
  let runStart = -1
  for (let i = 0; i <= chars.length; i += 1) {
    if (i < chars.length && covered[i]) {
      if (runStart < 0) runStart = i
      continue
    }
    if (runStart >= 0 && i - runStart >= MIN_PASSAGE_CHARS) passages.push({ start: offsets[runStart], end: ends[i - 1] })
    runStart = -1
  }
  return passages
}

function excerptOf(text: string): string {
  if (text.length <= EXCERPT_CHARS) return text
  const half = EXCERPT_CHARS / 2
  return `${text.slice(0, half)}…${text.slice(-half)}`
}
