import { type AsciiClass, asciiClassOf } from './asciiBoundary'
import { foldWord } from './foldWord'
import type { LexiconEntry, Severity } from './types'

/** One distinct folded word of the lexicon, with what to report when it is found. */
export type CompiledWord = {
  codePoints: number[]
  /** The most severe enabled non-allow entry for this word, or null if it is only allowed. */
  entry: (LexiconEntry & { severity: Exclude<Severity, 'allow'> }) | null
  /** An `allow` entry has this word: occurrences suppress the findings they contain. */
  allow: boolean
  startClass: AsciiClass
  endClass: AsciiClass
}

/** What the scanner needs to turn an occurrence of a compiled word into a finding. */
export type WordReport = Omit<CompiledWord, 'codePoints'>

const SEVERITY_RANK: Record<Severity, number> = { allow: 0, warn: 1, review: 2, block: 3 }

function isReportable(entry: LexiconEntry): entry is LexiconEntry & { severity: Exclude<Severity, 'allow'> } {
  return entry.severity !== 'allow'
}

/**
 * Folds every enabled entry and merges entries that fold to the same word (加V, 加v, 加Ｖ): the most
 * severe one is reported (the first on ties), and any `allow` entry marks the word as allowed.
 * Entries that fold to nothing (only punctuation or symbols) cannot be matched and are skipped;
 * parseLexiconCsv reports them to the editor.
 */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledWord[] {
  const byKey = new Map<string, CompiledWord>()
  for (const entry of entries) {
    if (entry.enabled === false) continue
    const codePoints = foldWord(entry.word)
    if (codePoints.length === 0) continue
    const key = String.fromCodePoint(...codePoints)
    let word = byKey.get(key)
    if (word === undefined) {
      word = {
        codePoints,
        entry: null,
        allow: false,
        startClass: asciiClassOf(codePoints[0]),
        endClass: asciiClassOf(codePoints[codePoints.length - 1]),
      }
      byKey.set(key, word)
    }
    if (!isReportable(entry)) word.allow = true
    else if (word.entry === null || SEVERITY_RANK[entry.severity] > SEVERITY_RANK[word.entry.severity]) {
      word.entry = entry
    }
  }
  return [...byKey.values()]
}
