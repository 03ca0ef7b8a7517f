import { parseCsvRecords } from '../../../lib/csv/parseCsvRecords'
import { unguardFormula } from '../../../lib/csv/csvRow'
import { type Cell, parseCount, parseDay, parsePosition, parseRate } from './cellParsers'
import { byLine, type LineError, lineError } from './lineErrors'
import {
  columnKey,
  DATE_COLUMN,
  FOLLOWER_COLUMNS,
  FOLLOWER_LABELS,
  type FollowerField,
  ID_COLUMNS,
  LINK_COLUMNS,
  POSITION_COLUMN,
  POST_COLUMNS,
  postFieldLabel,
  type PostNumberField,
} from './metricColumns'

/** Which post a row is about: its link (the lead's or a 次条's) or its delivery's id. */
export type PostRef = { by: 'url'; url: string } | { by: 'id'; id: string }
export type PostCsvRow = {
  line: number
  ref: PostRef
  position: number | null
  date: string
  numbers: Partial<Record<PostNumberField, number | null>>
}
export type FollowerCsvRow = { line: number; date: string; numbers: Partial<Record<FollowerField, number | null>> }

type Common = { ignoredColumns: string[]; errors: LineError[] }
export type ParsedMetricsCsv =
  | ({ kind: 'posts'; rows: PostCsvRow[]; fields: PostNumberField[] } & Common)
  | ({ kind: 'followers'; rows: FollowerCsvRow[]; fields: FollowerField[] } & Common)

export const MAX_IMPORT_ROWS = 5000
const MAX_POSITION = 8

/**
 * An account's metrics spreadsheet → rows, or every problem by line. The header decides the kind: a
 * 链接 or 发布记录ID column makes it a posts file, 粉丝总数 / 新增关注 / 取消关注 without them a
 * followers file. Columns it does not know (标题, 备注…) are left out and named in `ignoredColumns`.
 * Pure: `today` (YYYY-MM-DD in the team's zone) is given, so a day to come is refused at any hour.
 */
export function parseMetricsCsv(args: { text: string; today: string }): ParsedMetricsCsv {
  const { records, errors: readErrors } = parseCsvRecords(args.text)
  const errors: LineError[] = readErrors.map((e) => lineError({ line: e.line, problem: e.message }))
  const [header, ...body] = records
  const headerLine = header?.line ?? 1
  const keys = (header?.fields ?? []).map((cell) => columnKey(unguardFormula(cell)))
  const find = (names: readonly string[]) => keys.findIndex((key) => names.includes(key))
  const dateAt = find([columnKey(DATE_COLUMN)])
  const linkAt = find(LINK_COLUMNS)
  const idAt = find(ID_COLUMNS)
  const isPosts = linkAt >= 0 || idAt >= 0
  const columns = isPosts ? POST_COLUMNS : FOLLOWER_COLUMNS
  const numberAt = new Map<number, PostNumberField | FollowerField>()
  const used = new Set([dateAt, linkAt, idAt, isPosts ? find([columnKey(POSITION_COLUMN)]) : -1])
  const ignoredColumns: string[] = []
  keys.forEach((key, at) => {
    const field = columns.get(key)
    if (field !== undefined && ![...numberAt.values()].includes(field)) numberAt.set(at, field)
    else if (!used.has(at) && key !== '') ignoredColumns.push((header?.fields[at] ?? '').trim())
  })
  const empty = { ignoredColumns, errors: [] as LineError[] }
  const headerProblems: string[] = []
  if (records.length === 0) headerProblems.push('文件是空的：第一行应是表头，请下载模板对照填写')
  else {
    if (dateAt < 0) headerProblems.push('表头缺少「日期」列')
    if (!isPosts && numberAt.size === 0)
      headerProblems.push(
        '表头里没有「链接」或「发布记录ID」列（内容数据），也没有「粉丝总数」「新增关注」「取消关注」列（粉丝数据）：请下载模板对照填写',
      )
    else if (numberAt.size === 0) headerProblems.push('表头里没有任何数据列（如 阅读人数、播放量、点赞），请下载模板对照填写')
  }
  if (headerProblems.length > 0)
    return {
      kind: 'posts',
      rows: [],
      fields: [],
      ...empty,
      errors: [...errors, lineError({ line: headerLine, problem: headerProblems.join('；') })],
    }
  const filled = body.filter((record) => record.fields.some((cell) => cell.trim() !== ''))
  if (filled.length > MAX_IMPORT_ROWS)
    return {
      kind: 'posts',
      rows: [],
      fields: [],
      ...empty,
      errors: [
        lineError({ line: headerLine, problem: `一次最多导入 ${MAX_IMPORT_ROWS} 行，这个文件有 ${filled.length} 行，请分成几个文件` }),
      ],
    }
  if (filled.length === 0) errors.push(lineError({ line: headerLine, problem: '表头下面没有数据行' }))

  const cellOf = (fields: readonly string[], at: number) => (at < 0 ? '' : unguardFormula(fields[at] ?? '').trim())
  const readNumbers = <F extends PostNumberField | FollowerField>(fields: readonly string[], problems: string[]) => {
    const numbers: Partial<Record<F, number | null>> = {}
    for (const [at, field] of numberAt) {
      const label = isPostField(field) ? postFieldLabel(field) : FOLLOWER_LABELS[field]
      const cell: Cell<number | null> =
        field === 'completionRate' ? parseRate({ text: cellOf(fields, at), label }) : parseCount({ text: cellOf(fields, at), label })
      if (cell.ok) numbers[field as F] = cell.value
      else problems.push(cell.problem)
    }
    return numbers
  }

  const positionAt = find([columnKey(POSITION_COLUMN)])
  const postRows: PostCsvRow[] = []
  const followerRows: FollowerCsvRow[] = []
  for (const record of filled) {
    const problems: string[] = []
    const date = parseDay({ text: cellOf(record.fields, dateAt), today: args.today })
    if (!date.ok) problems.push(date.problem)
    const numbers = readNumbers(record.fields, problems)
    if (!isPosts) {
      if (problems.length > 0) errors.push(lineError({ line: record.line, problem: problems.join('；') }))
      else if (date.ok) followerRows.push({ line: record.line, date: date.value, numbers })
      continue
    }
    const url = cellOf(record.fields, linkAt)
    const id = cellOf(record.fields, idAt)
    const ref: PostRef | null = id !== '' ? { by: 'id', id } : url !== '' ? { by: 'url', url } : null
    if (ref === null)
      problems.push(`没有填写${linkAt >= 0 ? '「链接」' : ''}${linkAt >= 0 && idAt >= 0 ? '或' : ''}${idAt >= 0 ? '「发布记录ID」' : ''}`)
    else if (ref.by === 'id' && !/^[A-Za-z0-9_-]{1,64}$/.test(ref.id)) problems.push(`发布记录ID「${ref.id}」不对，请从发布记录页面复制`)
    else if (ref.by === 'url' && !/^https?:\/\/\S+$/i.test(ref.url)) problems.push(`链接「${ref.url}」不是网址，应以 https:// 开头`)
    const position = parsePosition({ text: cellOf(record.fields, positionAt), max: MAX_POSITION })
    if (!position.ok) problems.push(position.problem)
    if (problems.length > 0 || !date.ok || !position.ok || ref === null) {
      errors.push(lineError({ line: record.line, problem: problems.join('；') }))
      continue
    }
    postRows.push({ line: record.line, ref, position: position.value, date: date.value, numbers })
  }
  const common = { ignoredColumns, errors: byLine(errors) }
  return isPosts
    ? { kind: 'posts', rows: postRows, fields: [...numberAt.values()].filter(isPostField), ...common }
    : {
        kind: 'followers',
        rows: followerRows,
        fields: [...numberAt.values()].filter((f): f is FollowerField => !isPostField(f)),
        ...common,
      }
}

function isPostField(field: PostNumberField | FollowerField): field is PostNumberField {
  return POST_COLUMNS_FIELDS.has(field)
}
const POST_COLUMNS_FIELDS: ReadonlySet<string> = new Set(POST_COLUMNS.values())
