import { foldWord } from './foldWord'
import { parseCsvRecords } from '../lib/csv/parseCsvRecords'
import { unguardFormula } from '../lib/csv/csvRow'
import type { CsvError } from '../lib/csv/parseCsvRecords'
import type { LexiconEntry, PinyinMatching, Severity } from './types'

/**
 * A lexicon entry as read from CSV: note and enabled are always present; matchPinyin and matchVariants
 * only when the file has their column (an older file leaves a word's stored settings as they are).
 */
export type LexiconCsvEntry = LexiconEntry & { replacement: string | null; note: string | null; enabled: boolean }

const COLUMNS = ['word', 'category', 'severity', 'replacement', 'note', 'enabled', 'matchPinyin', 'matchVariants'] as const
type Column = (typeof COLUMNS)[number]
const REQUIRED: readonly Column[] = ['word', 'category', 'severity']
/** Chinese column titles an editor may have typed in Excel. */
const COLUMN_ALIASES: Record<string, Column> = {
  词条: 'word',
  敏感词: 'word',
  分类: 'category',
  类别: 'category',
  级别: 'severity',
  严重程度: 'severity',
  替换: 'replacement',
  替换建议: 'replacement',
  建议: 'replacement',
  备注: 'note',
  说明: 'note',
  启用: 'enabled',
  拼音: 'matchPinyin',
  拼音变体: 'matchPinyin',
  匹配拼音: 'matchPinyin',
  变体: 'matchVariants',
  谐音变体: 'matchVariants',
  匹配变体: 'matchVariants',
}
const PINYIN_ALIASES: Record<string, PinyinMatching> = {
  off: 'off',
  '': 'off',
  不匹配: 'off',
  否: 'off',
  关闭: 'off',
  full: 'full',
  全拼: 'full',
  initials: 'initials',
  首字母: 'initials',
  全拼和首字母: 'initials',
}
const SEVERITY_ALIASES: Record<string, Severity> = {
  block: 'block',
  禁止: 'block',
  拦截: 'block',
  禁用: 'block',
  review: 'review',
  审核: 'review',
  人工审核: 'review',
  复核: 'review',
  warn: 'warn',
  提示: 'warn',
  警告: 'warn',
  提醒: 'warn',
  allow: 'allow',
  允许: 'allow',
  放行: 'allow',
  白名单: 'allow',
}
const ENABLED_ALIASES: Record<string, boolean> = {
  '': true,
  true: true,
  '1': true,
  yes: true,
  y: true,
  是: true,
  启用: true,
  开启: true,
  false: false,
  '0': false,
  no: false,
  n: false,
  否: false,
  停用: false,
  禁用: false,
  关闭: false,
}

function columnOf(title: string): Column | undefined {
  const key = title.trim()
  const lower = key.toLowerCase()
  return COLUMNS.find((column) => column.toLowerCase() === lower) ?? COLUMN_ALIASES[key]
}

/**
 * Reads a lexicon CSV with the header `word,category,severity,replacement,note,enabled,matchPinyin,
 * matchVariants` (columns in any order, the last two optional so older files still import; Chinese
 * titles such as 词条/分类/级别/拼音变体/谐音变体 and values such as 禁止/审核/提示/允许, 全拼/首字母 and
 * 是/否 are accepted). Problems are reported per line in words an editor understands; bad rows are skipped,
 * good rows are kept. A word that repeats an earlier one (after folding case, width and
 * traditional characters) is reported and skipped.
 */
export function parseLexiconCsv(csv: string): { entries: LexiconCsvEntry[]; errors: CsvError[] } {
  const { records, errors } = parseCsvRecords(csv)
  const entries: LexiconCsvEntry[] = []
  const [header, ...rows] = records
  if (header === undefined) {
    errors.push({
      line: 1,
      message: '文件是空的：第一行应为表头 word,category,severity,replacement,note,enabled,matchPinyin,matchVariants',
    })
    return { entries, errors }
  }
  const columns = header.fields.map(columnOf)
  header.fields.forEach((title, index) => {
    if (columns[index] === undefined) errors.push({ line: header.line, message: `第 ${header.line} 行：不认识的列“${title}”，该列已忽略` })
  })
  const missing = REQUIRED.filter((column) => !columns.includes(column))
  if (missing.length > 0) {
    errors.push({
      line: header.line,
      message: `第 ${header.line} 行：表头缺少必填列 ${missing.join('、')}（表头应为 word,category,severity,replacement,note,enabled）`,
    })
    return { entries, errors }
  }
  const seen = new Map<string, number>()
  for (const { line, fields } of rows) {
    const fail = (message: string) => errors.push({ line, message: `第 ${line} 行：${message}` })
    if (fields.length > columns.length) {
      fail(`有 ${fields.length} 个字段，比表头多；含逗号的内容请用英文双引号括起来`)
      continue
    }
    const cell = (column: Column): string => {
      const index = columns.indexOf(column)
      return index < 0 ? '' : unguardFormula(fields[index] ?? '').trim()
    }
    const word = cell('word')
    const category = cell('category')
    const severity = SEVERITY_ALIASES[cell('severity').toLowerCase()]
    const enabled = ENABLED_ALIASES[cell('enabled').toLowerCase()]
    const matchPinyin = PINYIN_ALIASES[cell('matchPinyin').toLowerCase()]
    const matchVariants = ENABLED_ALIASES[cell('matchVariants').toLowerCase()]
    if (word === '') {
      fail('词条为空')
      continue
    }
    const folded = foldWord(word)
    if (folded.length === 0) {
      fail(`词条“${word}”只有标点或符号，无法匹配`)
      continue
    }
    if (category === '') {
      fail(`词条“${word}”缺少分类（category）`)
      continue
    }
    if (severity === undefined) {
      fail(`级别“${cell('severity')}”无效，应为 block、review、warn 或 allow（也可写 禁止、审核、提示、允许）`)
      continue
    }
    if (enabled === undefined) {
      fail(`启用“${cell('enabled')}”无效，应为 true 或 false（也可写 是、否）`)
      continue
    }
    if (matchPinyin === undefined) {
      fail(`拼音“${cell('matchPinyin')}”无效，应为 off、full 或 initials（也可写 不匹配、全拼、首字母）`)
      continue
    }
    if (matchVariants === undefined) {
      fail(`变体“${cell('matchVariants')}”无效，应为 true 或 false（也可写 是、否）`)
      continue
    }
    const key = String.fromCodePoint(...folded)
    const firstLine = seen.get(key)
    if (firstLine !== undefined) {
      fail(`词条“${word}”与第 ${firstLine} 行重复（忽略大小写、全半角、繁简后相同），已跳过`)
      continue
    }
    seen.set(key, line)
    entries.push({
      word,
      category,
      severity,
      replacement: cell('replacement') || null,
      note: cell('note') || null,
      enabled,
      ...(columns.includes('matchPinyin') ? { matchPinyin } : {}),
      ...(columns.includes('matchVariants') ? { matchVariants } : {}),
    })
  }
  return { entries, errors: errors.sort((a, b) => a.line - b.line) }
}
