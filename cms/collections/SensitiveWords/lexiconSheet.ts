import { decodeCsvBytes } from '../../analytics/import/decodeCsvBytes'
import { csvRow } from '../../../lib/csv/csvRow'
import { type LexiconCsvEntry, type LexiconEntry, parseLexiconCsv } from '../../../moderation'
import type { CsvError } from '../../../lib/csv/parseCsvRecords'
import { lexiconCategoryCode, lexiconCategoryLabel } from './categories'
import { LEXICON_SHEET_HEADER } from './sheetHeader'

// The lexicon as the team's spreadsheet: Chinese column titles and values, like the calendar's
// (词条,分类,级别…; 禁止/审核/提示/允许; 是/否), saved by Excel or WPS as GBK or UTF-8.
// The English titles and codes of older files are still read.

const SEVERITY_WORDS = { block: '禁止', review: '审核', warn: '提示', allow: '允许' } as const
const PINYIN_WORDS = { off: '不匹配', full: '全拼', initials: '首字母' } as const

/**
 * Column titles people type that the lexicon reader does not know itself: the form's own labels
 * (词语, 建议替换为) and shorter ones (词, 替换为). Mapped to the reader's names before it reads.
 */
const MORE_TITLES: Readonly<Record<string, string>> = {
  词: 'word',
  词语: 'word',
  建议替换为: 'replacement',
  替换为: 'replacement',
  是否启用: 'enabled',
  匹配谐音: 'matchVariants',
}

const yesNo = (value: boolean) => (value ? '是' : '否')

/** The lexicon as CSV text for a spreadsheet (no BOM: the endpoint adds one for Excel). */
export function lexiconToSheet(entries: readonly LexiconEntry[]): string {
  const rows = entries.map((entry) =>
    csvRow([
      entry.word,
      lexiconCategoryLabel(entry.category),
      SEVERITY_WORDS[entry.severity],
      entry.replacement ?? '',
      entry.note ?? '',
      yesNo(entry.enabled !== false),
      PINYIN_WORDS[entry.matchPinyin ?? 'off'],
      yesNo(entry.matchVariants !== false),
    ]),
  )
  return csvRow(LEXICON_SHEET_HEADER) + rows.join('')
}

/** The header line with the extra titles renamed; a quoted header is left to the reader as it is. */
function withKnownTitles(text: string): string {
  const start = /^(?:[ \t]*(?:\r\n|\n|\r))*/.exec(text)?.[0].length ?? 0 // blank lines keep their place: errors name lines
  const rest = text.slice(start)
  const end = rest.search(/\r\n|\n|\r|$/)
  const header = rest.slice(0, end)
  if (header.includes('"')) return text
  const titles = header.split(',').map((title) => MORE_TITLES[title.trim()] ?? title)
  return text.slice(0, start) + titles.join(',') + rest.slice(end)
}

/**
 * A lexicon spreadsheet's entries from the file's bytes (GBK/GB18030, UTF-8 with or without BOM),
 * categories stored as their codes (绝对化用语 → absolute_terms). Each problem names its line once.
 */
export function readLexiconSheet(bytes: Uint8Array): { entries: LexiconCsvEntry[]; errors: CsvError[] } {
  const text = decodeCsvBytes(bytes).text.replace(/^\ufeff/, '')
  const { entries, errors } = parseLexiconCsv(withKnownTitles(text))
  return { entries: entries.map((entry) => ({ ...entry, category: lexiconCategoryCode(entry.category) })), errors }
}
