/** How serious a lexicon word is. `allow` entries are not findings: they suppress findings they contain. */
export type Severity = 'block' | 'review' | 'warn' | 'allow'

/** Which pinyin spellings of an entry also match: none, full syllables, or syllables and initials. */
export type PinyinMatching = 'off' | 'full' | 'initials'

/**
 * One word of the lexicon. `note` and `enabled` mirror the CSV columns and the `sensitive-words`
 * collection; entries with `enabled: false` are ignored by buildMatcher. `matchPinyin` (default
 * off) adds pinyin spellings; `matchVariants` (default on) adds homophones and look-alikes from the
 * shipped tables, split characters and repeated characters (see variants/).
 */
export type LexiconEntry = {
  word: string
  category: string
  severity: Severity
  replacement?: string | null
  note?: string | null
  enabled?: boolean
  matchPinyin?: PinyinMatching
  matchVariants?: boolean
}

/** How an occurrence was spelled, when it was not the entry as written (folding aside). */
export type Evasion = 'pinyin' | 'initials' | 'homophone' | 'split' | 'lookalike' | 'repeat'

/** One occurrence of a lexicon word. `text.slice(start, end)` is what was matched, decorations included. */
export type Finding = {
  word: string
  category: string
  severity: Exclude<Severity, 'allow'>
  replacement: string | null
  start: number
  end: number
  /** Set when the text spelled the word another way: pinyin, a homophone, a look-alike, split or repeated characters. */
  evasion?: Evasion
}

export type Matcher = {
  /** The lexicon version this matcher was built from. */
  version: string
  /** Every occurrence of every enabled word, sorted by start then end. */
  scan(text: string): Finding[]
}
