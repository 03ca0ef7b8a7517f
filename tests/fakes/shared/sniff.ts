/** The fakes' own format sniffing (independent of the adapters' code on purpose). */
export function sniffFormat(bytes: Buffer): 'jpeg' | 'png' | 'gif' | 'bmp' | 'mp4' | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'gif'
  if (bytes.subarray(0, 2).toString('latin1') === 'BM') return 'bmp'
  if (bytes.subarray(4, 8).toString('latin1') === 'ftyp') return 'mp4'
  return undefined
}

export function countCodePoints(text: string): number {
  return [...text].length
}
