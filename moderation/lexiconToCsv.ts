import { csvRow } from '../lib/csv/csvRow'
import type { LexiconEntry } from './types'

const HEADER = 'word,category,severity,replacement,note,enabled,matchPinyin,matchVariants'

/** Writes entries as RFC 4180 CSV (CRLF line ends, formula cells guarded) with the header parseLexiconCsv reads. */
export function lexiconToCsv(entries: readonly LexiconEntry[]): string {
  const rows = entries.map((entry) =>
    csvRow([
      entry.word,
      entry.category,
      entry.severity,
      entry.replacement ?? '',
      entry.note ?? '',
      entry.enabled === false ? 'false' : 'true',
      entry.matchPinyin ?? 'off',
      entry.matchVariants === false ? 'false' : 'true',
    ]),
  )
  return `${HEADER}\r\n${rows.join('')}`
}
