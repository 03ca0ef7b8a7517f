/**
 * A report's cell: its value and how to read it. The same cells become the CSV's text, the xlsx's
 * typed numbers and the printable page, so the three never disagree.
 */
export type CellFormat = 'text' | 'count' | 'rate' | 'change' | 'points' | 'difference'
export type ReportCell = { value: string | number | null; format: CellFormat }

export const text = (value: string | null): ReportCell => ({ value, format: 'text' })
export const count = (value: number | null): ReportCell => ({ value, format: 'count' })
/** 0..1, shown as a percentage. */
export const rate = (value: number | null): ReportCell => ({ value, format: 'rate' })

/** 环比 of a count: the relative change, unknown when last week had none to compare with. */
export function change(args: { current: number | null; previous: number | null }): ReportCell {
  const { current, previous } = args
  return { value: current === null || previous === null || previous === 0 ? null : (current - previous) / previous, format: 'change' }
}

/** 环比 of a rate: the difference in percentage points (0..1 scale). */
export function points(args: { current: number | null; previous: number | null }): ReportCell {
  const { current, previous } = args
  return { value: current === null || previous === null ? null : current - previous, format: 'points' }
}

/** 环比 of a net figure such as 涨粉 (which may be negative): the plain difference. */
export function difference(args: { current: number | null; previous: number | null }): ReportCell {
  const { current, previous } = args
  return { value: current === null || previous === null ? null : current - previous, format: 'difference' }
}

const whole = (value: number, grouped: boolean) => (grouped ? value.toLocaleString('en-US') : String(value))
const signed = (value: number, body: string) => `${value > 0 ? '+' : value < 0 ? '-' : ''}${body}`

/** The cell as a person reads it; `empty` for a value nobody reported; `grouped`: 4,600 (the page) rather than 4600 (a spreadsheet's cell). */
export function cellText(cell: ReportCell, options: { empty?: string; grouped?: boolean } = {}): string {
  const { empty = '', grouped = false } = options
  const { value } = cell
  if (value === null) return empty
  if (typeof value === 'string') return value
  switch (cell.format) {
    case 'rate':
      return `${(value * 100).toFixed(2)}%`
    case 'change':
      return signed(value, `${Math.abs(value * 100).toFixed(1)}%`)
    case 'points':
      return signed(value, `${Math.abs(value * 100).toFixed(2)} 个百分点`)
    case 'difference':
      return signed(value, whole(Math.abs(value), grouped))
    default:
      return whole(value, grouped)
  }
}
