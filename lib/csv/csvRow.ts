import { quoteCsvField } from './parseCsvRecords'

/**
 * One CSV row (CRLF-terminated). A cell a spreadsheet would run as a formula (=, +, -, @ ...) gets
 * a leading apostrophe; `unguardFormula` takes it off again on import, so exports round-trip.
 */
export function csvRow(values: readonly string[]): string {
  return `${values.map((value) => quoteCsvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)).join(',')}\r\n`
}

export function unguardFormula(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}
