import { quoteCsvField } from './parseCsvRecords'
import type { LexiconEntry } from './types'

const HEADER = 'word,category,severity,replacement,note,enabled'

/**
 * A field a spreadsheet would run as a formula (=, +, -, @ ...) gets a leading apostrophe, which
 * parseLexiconCsv removes again, so exports are safe to open in Excel and still round-trip.
 */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** Writes entries as RFC 4180 CSV (CRLF line ends) with the header parseLexiconCsv reads. */
export function lexiconToCsv(entries: readonly LexiconEntry[]): string {
  const rows = entries.map((entry) =>
    [entry.word, entry.category, entry.severity, entry.replacement ?? '', entry.note ?? '', entry.enabled === false ? 'false' : 'true']
      .map((value) => quoteCsvField(guardFormula(value)))
      .join(','),
  )
  return [HEADER, ...rows].map((row) => `${row}\r\n`).join('')
}
