import { csvRow, unguardFormula } from '../../lib/csv/csvRow'
import { parseCsvRecords } from '../../lib/csv/parseCsvRecords'

/** The spreadsheet teams keep today: one row per slot, times in the team's zone. */
export const CALENDAR_CSV_HEADER = ['日期', '时间', '账号', '内容', '排期说明', '状态', '标题序号'] as const

/** `titleVariant`: the optional 标题序号 column (title tests: 1 = the item's own title, 2..5 its candidates); empty is null. */
export type CalendarCsvRow = {
  line: number
  date: string
  time: string
  account: string
  content: string
  title: string
  titleVariant: number | null
}
export type CsvRowError = { line: number; message: string }

const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/
const TIME = /^(\d{1,2}):(\d{2})$/
const TITLE_VARIANT = /^[1-5]$/

export function parseCalendarCsv(csv: string): { rows: CalendarCsvRow[]; errors: CsvRowError[] } {
  const { records, errors: csvErrors } = parseCsvRecords(csv)
  const errors: CsvRowError[] = [...csvErrors]
  const [header, ...body] = records
  const columns = (header?.fields ?? []).map((f) => f.trim())
  const index = (name: string) => columns.indexOf(name)
  for (const required of ['日期', '时间', '账号', '内容']) {
    if (index(required) < 0)
      errors.push({ line: header?.line ?? 1, message: `缺少「${required}」列：表头应为 ${CALENDAR_CSV_HEADER.join(',')}` })
  }
  if (errors.length > 0) return { rows: [], errors }
  const rows: CalendarCsvRow[] = []
  for (const record of body) {
    const cell = (name: string) => unguardFormula(record.fields[index(name)] ?? '').trim()
    if (record.fields.every((f) => f.trim() === '')) continue
    const date = DATE.exec(cell('日期'))
    const time = TIME.exec(cell('时间'))
    const problems: string[] = []
    if (!date) problems.push(`日期「${cell('日期')}」应写成 2026-12-01`)
    if (!time || Number(time[1]) > 23) problems.push(`时间「${cell('时间')}」应写成 20:00`)
    if (!cell('账号')) problems.push('没有填写账号')
    if (!cell('内容')) problems.push('没有填写内容（标题，或 articles:12 这样的编号）')
    const variant = index('标题序号') >= 0 ? cell('标题序号') : ''
    if (variant !== '' && !TITLE_VARIANT.test(variant)) problems.push(`标题序号「${variant}」应为 1 到 5（1 是正文标题），或留空`)
    if (problems.length > 0) {
      errors.push({ line: record.line, message: problems.join('；') })
      continue
    }
    rows.push({
      line: record.line,
      date: `${date![1]}-${date![2].padStart(2, '0')}-${date![3].padStart(2, '0')}`,
      time: `${time![1].padStart(2, '0')}:${time![2]}`,
      account: cell('账号'),
      content: cell('内容'),
      title: index('排期说明') >= 0 ? cell('排期说明') : '',
      titleVariant: variant === '' ? null : Number(variant),
    })
  }
  return { rows, errors }
}

export function calendarToCsv(
  rows: { date: string; time: string; account: string; content: string; title: string; state: string; titleVariant?: number | null }[],
): string {
  return (
    csvRow(CALENDAR_CSV_HEADER) +
    rows.map((r) => csvRow([r.date, r.time, r.account, r.content, r.title, r.state, String(r.titleVariant ?? 1)])).join('')
  )
}
