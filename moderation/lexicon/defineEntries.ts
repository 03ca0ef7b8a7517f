import type { LexiconEntry, Severity } from '../types'

/**
 * Turns a compact word list into lexicon entries. `words` is whitespace-separated; `word=替换`
 * gives that word its own suggested replacement (`word=` means none), otherwise `replacement`
 * (a fixed text, or a function of the word) applies, or none.
 */
export function defineEntries(args: {
  category: string
  severity: Severity
  note?: string
  replacement?: string | ((word: string) => string | null)
  words: string
}): LexiconEntry[] {
  const { category, severity, note, replacement, words } = args
  return words
    .split(/\s+/)
    .filter((item) => item.length > 0)
    .map((item) => {
      const separator = item.indexOf('=')
      const word = separator < 0 ? item : item.slice(0, separator)
      const own = separator < 0 ? undefined : item.slice(separator + 1)
      const suggested = own !== undefined ? own || null : typeof replacement === 'function' ? replacement(word) : (replacement ?? null)
      return { word, category, severity, replacement: severity === 'allow' ? null : suggested, note: note ?? null }
    })
}
