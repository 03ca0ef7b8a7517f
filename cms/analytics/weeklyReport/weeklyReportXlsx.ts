import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node'
import type { CellFormat, ReportCell } from './reportCells'
import type { ReportTable } from './weeklyReportTables'

/** Excel number formats: numbers stay numbers (sortable, summable), shown as the page shows them. */
const FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  count: '#,##0',
  rate: '0.00%',
  change: '+0.0%;-0.0%;0.0%',
  points: '+0.00;-0.00;0.00',
  difference: '+#,##0;-#,##0;0',
}

function xlsxCell(cell: ReportCell): Cell {
  if (cell.value === null) return null
  if (typeof cell.value === 'string') return { value: cell.value, type: String }
  // Percentage points are written ×100 under a heading that says 百分点.
  const value = cell.format === 'points' ? Math.round(cell.value * 10_000) / 100 : cell.value
  return { value, type: Number, format: FORMATS[cell.format] }
}

/** The report as an xlsx workbook, one sheet per table (账号 / 个人 / 热门内容), headings bold and frozen. */
export async function weeklyReportXlsx(tables: readonly ReportTable[]): Promise<Buffer> {
  const sheets: Sheet<Buffer>[] = tables.map((table) => ({
    sheet: table.sheet,
    stickyRowsCount: 1,
    columns: table.columns.map((column) => ({ width: Math.max(8, Math.min(40, column.length * 2 + 2)) })),
    data: [
      table.columns.map((column): Cell => ({ value: column, type: String, fontWeight: 'bold' })),
      ...table.rows.map((row) => row.map(xlsxCell)),
    ],
  }))
  return writeXlsxFile(sheets, { fontFamily: 'Microsoft YaHei' }).toBuffer()
}
