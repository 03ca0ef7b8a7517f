/**
 * The text of an uploaded CSV. Excel and WPS in China save "CSV" as GBK (GB18030 is its superset)
 * unless told to use UTF-8, and UTF-8 files may start with a BOM: bytes that are valid UTF-8 are
 * read as UTF-8, anything else as GB18030. (A GBK file that happens to be valid UTF-8 is practically
 * impossible for Chinese text: GBK's two-byte sequences break UTF-8's continuation-byte rules.)
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16le' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return { text, encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
}
