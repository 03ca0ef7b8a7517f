import { csvRow } from '../../../lib/csv/csvRow'
import { quoteCsvField } from '../../../lib/csv/parseCsvRecords'
import { cellText, type ReportCell } from './reportCells'
import type { ReportWeek } from './reportWeek'
import type { ReportTable } from './weeklyReportTables'

/** Excel in China reads a CSV as GBK unless it starts with the UTF-8 byte order mark. */
export const UTF8_BOM = '\uFEFF'

/** Text people typed (titles, names) is guarded against running as a formula; our own figures such as +12.5% are not. */
function cellsRow(cells: readonly ReportCell[]): string {
  const fields = cells.map((cell) => (cell.format === 'text' ? csvRow([cellText(cell)]).slice(0, -2) : quoteCsvField(cellText(cell))))
  return `${fields.join(',')}\r\n`
}

/** The report as one CSV: a title line, then each table under its name, a blank line between them. */
export function weeklyReportCsv(args: { week: ReportWeek; tables: readonly ReportTable[] }): string {
  const parts = [csvRow([`周报 ${args.week.from} 至 ${args.week.to}`])]
  for (const table of args.tables) {
    parts.push('\r\n', csvRow([table.sheet]), csvRow(table.columns))
    for (const row of table.rows) parts.push(cellsRow(row))
  }
  return UTF8_BOM + parts.join('')
}
