import { hasAsciiBoundaries } from './asciiBoundary'
import type { WordReport } from './compileLexicon'
import type { RawHits } from './runAutomaton'
import { evasionOfCode, type VariantHits } from './runVariantPass'
import { splitsAtSyllables } from './syllableBoundary'
import type { Evasion, Finding } from './types'

type Span = { start: number; end: number }

/** Tells whether a span lies inside one of the allowed spans, in O(log n) per query. */
function createContainmentTest(allowed: Span[]): (span: Span) => boolean {
  if (allowed.length === 0) return () => false
  allowed.sort((a, b) => a.start - b.start)
  const maxEndSoFar = new Int32Array(allowed.length)
  let maxEnd = -1
  allowed.forEach((span, index) => {
    maxEnd = Math.max(maxEnd, span.end)
    maxEndSoFar[index] = maxEnd
  })
  return (span) => {
    let low = 0
    let high = allowed.length - 1
    let last = -1 // last allowed span starting at or before span.start
    while (low <= high) {
      const middle = (low + high) >> 1
      if (allowed[middle].start <= span.start) {
        last = middle
        low = middle + 1
      } else high = middle - 1
    }
    return last >= 0 && maxEndSoFar[last] >= span.end
  }
}

type Candidate = { word: WordReport; start: number; end: number; evasion: Evasion | null }

/**
 * Turns raw hits into findings: drops ASCII words that are part of a longer ASCII word, pinyin split
 * elsewhere than between syllables, and second-pass hits of entries that do not match variants; drops
 * findings inside an occurrence of an `allow` word (第一 inside an allowed 第一次, from either pass);
 * merges the passes (one finding per word and span) and sorts by start then end.
 */
export function collectFindings(args: {
  text: string
  hits: RawHits
  variantHits?: VariantHits
  readAs?: (unit: number) => number
  words: readonly WordReport[]
}): Finding[] {
  const { text, hits, variantHits, words, readAs } = args
  const allowed: Span[] = []
  const candidates: Candidate[] = []
  const consider = (word: WordReport, start: number, end: number, variant: Evasion | null) => {
    const boundaries = { text, start, end, startClass: word.startClass, endClass: word.endClass }
    if (!hasAsciiBoundaries(variant === null ? boundaries : { ...boundaries, readAs })) return
    if (word.syllableEnds !== null && !splitsAtSyllables({ text, start, end, syllableEnds: word.syllableEnds })) return
    if (word.allow) allowed.push({ start, end })
    if (word.entry !== null && (variant === null || word.variantsAllowed))
      candidates.push({ word, start, end, evasion: word.evasion ?? variant })
  }
  for (let k = 0; k < hits.count; k++) consider(words[hits.data[k * 3]], hits.data[k * 3 + 1], hits.data[k * 3 + 2], null)
  const firstPassCount = candidates.length
  if (variantHits !== undefined) {
    for (let k = 0; k < variantHits.count; k++) {
      const at = k * 4
      consider(words[variantHits.data[at]], variantHits.data[at + 1], variantHits.data[at + 2], evasionOfCode(variantHits.data[at + 3]))
    }
  }
  const isAllowed = createContainmentTest(allowed)
  const findings: Finding[] = []
  const variantSpans = new Map<string, Span[]>()
  for (const { word, start, end } of candidates.slice(firstPassCount)) {
    const key = word.entry?.word ?? ''
    variantSpans.set(key, [...(variantSpans.get(key) ?? []), { start, end }])
  }
  const reported = new Set<string>()
  for (const [index, { word, start, end, evasion }] of candidates.entries()) {
    if (isAllowed({ start, end }) || word.entry === null) continue
    const { entry } = word
    // One occurrence, one finding: 稳赚赚不赔 is reported as itself, and 最最好 not also as the 最好 inside it.
    if (index < firstPassCount) {
      if (variantSpans.get(entry.word)?.some((span) => span.start <= start && span.end >= end)) continue
    } else {
      const key = `${entry.word}\u0000${start}\u0000${end}`
      if (reported.has(key)) continue
      reported.add(key)
    }
    findings.push({
      word: entry.word,
      category: entry.category,
      severity: entry.severity,
      replacement: entry.replacement ?? null,
      start,
      end,
      ...(evasion === null ? {} : { evasion }),
    })
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}
