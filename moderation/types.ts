/** How serious a lexicon word is. `allow` entries are not findings: they suppress findings they contain. */
export type Severity = 'block' | 'review' | 'warn' | 'allow'

/**
 * One word of the lexicon. `note` and `enabled` mirror the CSV columns and the `sensitive-words`
 * collection; entries with `enabled: false` are ignored by buildMatcher.
 */
export type LexiconEntry = {
  word: string
  category: string
  severity: Severity
  replacement?: string | null
  note?: string | null
  enabled?: boolean
}

/** One occurrence of a lexicon word. `text.slice(start, end)` is what was matched, decorations included. */
export type Finding = {
  word: string
  category: string
  severity: Exclude<Severity, 'allow'>
  replacement: string | null
  start: number
  end: number
}

export type Matcher = {
  /** The lexicon version this matcher was built from. */
  version: string
  /** Every occurrence of every enabled word, sorted by start then end. */
  scan(text: string): Finding[]
}
