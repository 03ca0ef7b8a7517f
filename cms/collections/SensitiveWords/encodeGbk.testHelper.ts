/**
 * Text as Excel in China saves it (GBK), for tests: Node can decode GB18030 but not encode it, so the
 * two-byte table is read back from the decoder once. ASCII stays one byte.
 */
let table: Map<string, [number, number]> | null = null

function gbkTable(): Map<string, [number, number]> {
  if (table) return table
  table = new Map()
  const decoder = new TextDecoder('gb18030')
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const char = decoder.decode(new Uint8Array([lead, trail]))
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail])
    }
  return table
}

export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else {
      const pair = gbkTable().get(char)
      if (!pair) throw new Error(`not in GBK: ${char}`)
      bytes.push(...pair)
    }
  }
  return Uint8Array.from(bytes)
}
