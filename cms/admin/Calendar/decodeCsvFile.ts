/** A spreadsheet file's text: UTF-8 (with or without BOM), else GB18030, which covers GBK (Excel's default in China). */
export function decodeCsvBytes(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}
