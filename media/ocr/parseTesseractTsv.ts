import type { RecognisedWord } from './types'

const WORD_LEVEL = '5'
const COLUMNS = ['level', 'page_num', 'block_num', 'par_num', 'line_num', 'word_num', 'left', 'top', 'width', 'height', 'conf', 'text']

/**
 * The words of tesseract's TSV output (level 5 rows with text), in reading order. Pure. Throws when
 * the header is not the one tesseract 4/5 writes, so a changed format fails loudly instead of empty.
 */
export function parseTesseractTsv(tsv: string): RecognisedWord[] {
  const lines = tsv.split(/\r?\n/)
  const header = lines[0]?.split('\t') ?? []
  if (COLUMNS.some((column, index) => header[index] !== column)) throw new Error(`unexpected tesseract TSV header: ${lines[0] ?? ''}`)
  const words: RecognisedWord[] = []
  for (const line of lines.slice(1)) {
    const cells = line.split('\t')
    if (cells[0] !== WORD_LEVEL || cells.length < COLUMNS.length) continue
    // The text column may itself hold a tab only in theory; keep whatever follows the 11th tab.
    const text = cells.slice(11).join('\t').trim()
    if (text === '') continue
    const [, , block, paragraph, lineNumber, , left, top, width, height, confidence] = cells.map(Number)
    words.push({
      text,
      confidence,
      box: { x: left, y: top, width, height },
      block,
      paragraph,
      line: lineNumber,
    })
  }
  return words
}
