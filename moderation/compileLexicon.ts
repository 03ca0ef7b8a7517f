import { type AsciiClass, asciiClassOf } from './asciiBoundary'
import { expandEntry } from './expandEntry'
import { foldWord } from './foldWord'
import type { Evasion, LexiconEntry, Severity } from './types'

/** One distinct folded word of the lexicon, with what to report when it is found. */
export type CompiledWord = {
  codePoints: number[]
  /** The most severe enabled non-allow entry for this word, or null if it is only allowed. */
  entry: (LexiconEntry & { severity: Exclude<Severity, 'allow'> }) | null
  /** An `allow` entry has this word: occurrences suppress the findings they contain. */
  allow: boolean
  startClass: AsciiClass
  endClass: AsciiClass
  /** Set when this word is another spelling of `entry` (pinyin, a homophone, split characters). */
  evasion: Evasion | null
  /** For pinyin: after how many letters each syllable ends; a separator elsewhere is not a match. */
  syllableEnds: number[] | null
  /** The reported entry also matches with look-alike letters and repeated characters. */
  variantsAllowed: boolean
}

/** What the scanner needs to turn an occurrence of a compiled word into a finding. */
export type WordReport = Omit<CompiledWord, 'codePoints'>

const SEVERITY_RANK: Record<Severity, number> = { allow: 0, warn: 1, review: 2, block: 3 }

function isReportable(entry: LexiconEntry): entry is LexiconEntry & { severity: Exclude<Severity, 'allow'> } {
  return entry.severity !== 'allow'
}

type Spelling = { entry: LexiconEntry; codePoints: number[]; evasion: Evasion | null; syllableEnds: number[] | null }

/**
 * Folds every enabled entry and merges entries that fold to the same word (加V, 加v, 加Ｖ): the most
 * severe one is reported (the first on ties), and any `allow` entry marks the word as allowed.
 * Each entry also brings its other spellings (expandEntry: pinyin, homophones, split characters),
 * as words that report the entry; an entry's own spelling wins a tie with another entry's respelling.
 * `allow` entries are respelled too (with full pinyin when any entry matches pinyin), so that an
 * exemption still holds for the respelled word. Entries that fold to nothing (only punctuation or
 * symbols) cannot be matched and are skipped; parseLexiconCsv reports them to the editor.
 */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledWord[] {
  const enabled = entries.filter((entry) => entry.enabled !== false)
  const anyPinyin = enabled.some((entry) => isReportable(entry) && (entry.matchPinyin === 'full' || entry.matchPinyin === 'initials'))
  const written: Spelling[] = []
  const respelled: Spelling[] = []
  for (const entry of enabled) {
    const codePoints = foldWord(entry.word)
    if (codePoints.length === 0) continue
    written.push({ entry, codePoints, evasion: null, syllableEnds: null })
    const matchPinyin = isReportable(entry) ? entry.matchPinyin : anyPinyin ? 'full' : 'off'
    const forms = expandEntry({ folded: String.fromCodePoint(...codePoints), matchPinyin, matchVariants: entry.matchVariants !== false })
    for (const form of forms) {
      respelled.push({ entry, codePoints: foldWord(form.text), evasion: form.evasion, syllableEnds: form.syllableEnds })
    }
  }
  const byKey = new Map<string, CompiledWord>()
  for (const spelling of [...written, ...respelled]) {
    const { entry, codePoints } = spelling
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
        evasion: null,
        syllableEnds: null,
        variantsAllowed: false,
      }
      byKey.set(key, word)
    }
    if (!isReportable(entry)) word.allow = true
    else if (word.entry === null || SEVERITY_RANK[entry.severity] > SEVERITY_RANK[word.entry.severity]) {
      word.entry = entry
      word.evasion = spelling.evasion
      word.syllableEnds = spelling.syllableEnds
      word.variantsAllowed = entry.matchVariants !== false
    }
  }
  return [...byKey.values()]
}
