import { hasAsciiBoundaries } from './asciiBoundary'
import type { WordReport } from './compileLexicon'
import type { RawHits } from './runAutomaton'
import type { Finding } from './types'

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

/**
 * Turns raw hits into findings: drops ASCII words that are part of a longer ASCII word, drops
 * findings inside an occurrence of an `allow` word (第一 inside an allowed 第一次), and sorts by
 * start then end. Allow words are matched by the same automaton in the same pass.
 */
export function collectFindings(args: { text: string; hits: RawHits; words: readonly WordReport[] }): Finding[] {
  const { text, hits, words } = args
  const allowed: Span[] = []
  const candidates: { word: WordReport; start: number; end: number }[] = []
  for (let k = 0; k < hits.count; k++) {
    const word = words[hits.data[k * 3]]
    const start = hits.data[k * 3 + 1]
    const end = hits.data[k * 3 + 2]
    if (!hasAsciiBoundaries({ text, start, end, startClass: word.startClass, endClass: word.endClass })) continue
    if (word.allow) allowed.push({ start, end })
    if (word.entry !== null) candidates.push({ word, start, end })
  }
  const isAllowed = createContainmentTest(allowed)
  const findings: Finding[] = []
  for (const { word, start, end } of candidates) {
    if (isAllowed({ start, end }) || word.entry === null) continue
    const { entry } = word
    findings.push({
      word: entry.word,
      category: entry.category,
      severity: entry.severity,
      replacement: entry.replacement ?? null,
      start,
      end,
    })
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}
