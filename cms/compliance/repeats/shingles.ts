/**
 * The text the repeat check compares: letters and digits only (NFKC, lower case), with each kept
 * character's offset in the original text, and its overlapping character shingles. Pure.
 */
export const SHINGLE_CHARS = 4

export type NormalizedText = { chars: string[]; offsets: number[]; ends: number[] }

const KEPT = /[\p{L}\p{N}]/u

// Link and image targets, and bare URLs: an address is not what a reader reads, and two posts that
// show one image would otherwise share its file name.
const ADDRESS = /\]\([^)]*\)|https?:\/\/\S+|\/api\/media\/file\/\S+/g

export function normalizeForRepeats(text: string): NormalizedText {
  const chars: string[] = []
  const offsets: number[] = []
  const ends: number[] = []
  const skipped = [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  let offset = 0
  let next = 0
  for (const char of text) {
    while (next < skipped.length && skipped[next].end <= offset) next += 1
    const inAddress = next < skipped.length && skipped[next].start <= offset
    const folded = foldForRepeats(char)
    if (!inAddress && isKept(folded)) {
      chars.push(folded)
      offsets.push(offset)
      ends.push(offset + char.length)
    }
    offset += char.length
  }
  return { chars, offsets, ends }
}

/**
 * One character in NFKC, lower case. A Chinese text is mostly CJK ideographs and ASCII, which NFKC
 * leaves as they are, so they skip `normalize`: called for every character, it was the costliest step
 * of preparing a text for comparison.
 */
function foldForRepeats(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 0x80) return char.toLowerCase()
  if (isCjkIdeograph(code)) return char
  return char.normalize('NFKC').toLowerCase()
}

const isCjkIdeograph = (code: number) => code >= 0x4e00 && code <= 0x9fff
const isKept = (folded: string) => (folded.length === 1 && isCjkIdeograph(folded.charCodeAt(0))) || KEPT.test(folded)

/** The shingle starting at each position (a text shorter than one shingle is one shingle). */
export function shinglesOf(normalized: NormalizedText): string[] {
  const { chars } = normalized
  if (chars.length === 0) return []
  if (chars.length < SHINGLE_CHARS) return [chars.join('')]
  const shingles: string[] = []
  for (let i = 0; i + SHINGLE_CHARS <= chars.length; i += 1) shingles.push(chars.slice(i, i + SHINGLE_CHARS).join(''))
  return shingles
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0
  let shared = 0
  for (const item of a) if (b.has(item)) shared += 1
  return shared / (a.size + b.size - shared)
}
