import { AsciiClass, asciiClassOf } from './asciiBoundary'
import { CharKind, charKind, foldAstral, foldedCode } from './foldTable'
import { foldWord } from './foldWord'
import type { Finding, LexiconEntry } from './types'

type Letter = { codePoint: number; start: number; end: number }

/** The text's letters, folded, cut into runs at sentence ends and paragraph breaks. */
function lettersInRuns(text: string): Letter[][] {
  const runs: Letter[][] = [[]]
  let lineBreaksSinceLetter = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let kind = charKind[code]
    let codePoint = foldedCode[code]
    let end = i + 1
    if (kind === CharKind.highSurrogate) {
      const low = text.charCodeAt(i + 1)
      if (!(low >= 0xdc00 && low <= 0xdfff)) continue
      const folded = foldAstral(text.codePointAt(i) ?? code)
      kind = folded.kind
      codePoint = folded.folded
      end = i + 2
    }
    if (kind === CharKind.hardBreak) runs.push([])
    if (kind === CharKind.lineBreak && ++lineBreaksSinceLetter === 2) runs.push([])
    if (kind === CharKind.letter) {
      runs[runs.length - 1].push({ codePoint, start: i, end })
      lineBreaksSinceLetter = 0
    }
    i = end - 1
  }
  return runs
}

function asciiClassAt(text: string, index: number): AsciiClass {
  const code = text.charCodeAt(index)
  return charKind[code] === CharKind.letter ? asciiClassOf(foldedCode[code]) : AsciiClass.none
}

/**
 * The matching rules written the slow, obvious way (every word at every letter position, naive
 * allow containment, merge of duplicates), as the reference the automaton is tested against.
 */
export function findAllNaively(args: { entries: LexiconEntry[]; text: string }): Finding[] {
  const { entries, text } = args
  const rank = { allow: 0, warn: 1, review: 2, block: 3 }
  const byKey = new Map<string, { folded: number[]; entry: LexiconEntry | null; allow: boolean }>()
  for (const entry of entries) {
    const folded = foldWord(entry.word)
    if (folded.length === 0) continue
    const key = folded.join(',')
    const word = byKey.get(key) ?? { folded, entry: null, allow: false }
    byKey.set(key, word)
    if (entry.severity === 'allow') word.allow = true
    else if (word.entry === null || rank[entry.severity] > rank[word.entry.severity]) word.entry = entry
  }
  const hits: { word: { entry: LexiconEntry | null; allow: boolean }; start: number; end: number }[] = []
  for (const run of lettersInRuns(text)) {
    for (let at = 0; at < run.length; at++) {
      for (const word of byKey.values()) {
        const { folded } = word
        if (at + folded.length > run.length) continue
        if (!folded.every((codePoint, k) => run[at + k].codePoint === codePoint)) continue
        const start = run[at].start
        const end = run[at + folded.length - 1].end
        const first = asciiClassOf(folded[0])
        const last = asciiClassOf(folded[folded.length - 1])
        let before = start - 1
        while (before >= 0 && charKind[text.charCodeAt(before)] === CharKind.invisible) before--
        let after = end
        while (after < text.length && charKind[text.charCodeAt(after)] === CharKind.invisible) after++
        if (first !== AsciiClass.none && before >= 0 && asciiClassAt(text, before) === first) continue
        if (last !== AsciiClass.none && after < text.length && asciiClassAt(text, after) === last) continue
        hits.push({ word, start, end })
      }
    }
  }
  const allowed = hits.filter((hit) => hit.word.allow)
  const findings: Finding[] = []
  for (const { word, start, end } of hits) {
    const entry = word.entry
    if (entry === null || entry.severity === 'allow') continue
    if (allowed.some((span) => span.start <= start && span.end >= end)) continue
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
