import type { LexiconEntry } from './types'

/** A content hash of a lexicon (FNV-1a, 32 bit, over every field that changes matching or findings). */
export function lexiconVersion(entries: readonly LexiconEntry[]): string {
  let hash = 0x811c9dc5
  const add = (value: string) => {
    for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193)
    hash = Math.imul(hash ^ 0x1f, 0x01000193) // field separator
  }
  for (const entry of entries) {
    add(entry.word)
    add(entry.category)
    add(entry.severity)
    add(entry.replacement ?? '')
    add(entry.enabled === false ? '0' : '1')
    add(entry.matchPinyin ?? 'off')
    add(entry.matchVariants === false ? '0' : '1')
  }
  return `h${(hash >>> 0).toString(16).padStart(8, '0')}-${entries.length}`
}
