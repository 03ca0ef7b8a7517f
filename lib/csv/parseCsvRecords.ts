/** One CSV record with the 1-based line on which it starts. */
export type CsvRecord = { line: number; fields: string[] }
export type CsvError = { line: number; message: string }

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF (LF or CR alone are accepted too),
 * fields in double quotes may contain commas, line breaks and doubled quotes (""). A leading UTF-8
 * BOM (Excel and WPS write one) is ignored. Blank lines are skipped.
 */
export function parseCsvRecords(csv: string): { records: CsvRecord[]; errors: CsvError[] } {
  const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv
  const records: CsvRecord[] = []
  const errors: CsvError[] = []
  let line = 1
  let i = 0
  while (i < text.length) {
    const recordLine = line
    const fields: string[] = []
    let field = ''
    let ended = false
    while (!ended) {
      if (text[i] === '"') {
        const quoteLine = line
        i++
        let closed = false
        while (i < text.length) {
          const char = text[i]
          if (char === '"') {
            if (text[i + 1] === '"') {
              field += '"'
              i += 2
              continue
            }
            i++
            closed = true
            break
          }
          if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++
          field += char
          i++
        }
        if (!closed) errors.push({ line: quoteLine, message: `第 ${quoteLine} 行：引号没有闭合，请检查该字段的双引号` })
        else if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          errors.push({ line, message: `第 ${line} 行：引号闭合后还有多余的字符，字段内的双引号要写成两个（""）` })
          while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++]
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++]
      }
      fields.push(field)
      field = ''
      if (i >= text.length) ended = true
      else if (text[i] === ',') i++
      else {
        i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1
        line++
        ended = true
      }
    }
    const blank = fields.length === 1 && fields[0] === ''
    if (!blank) records.push({ line: recordLine, fields })
  }
  return { records, errors }
}

/** Quotes a field when it holds a comma, a quote, a line break or surrounding spaces (RFC 4180). */
export function quoteCsvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
