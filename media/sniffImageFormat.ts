import type { AllowedFormat } from './uploadPolicy'

export type SniffedFormat = AllowedFormat | 'svg' | 'heic' | null

/** Bytes [start, end) of the input as Latin-1 text (shorter when the input is). */
function ascii(args: { input: Buffer; start: number; end: number }): string {
  return args.input.subarray(args.start, args.end).toString('latin1')
}

/**
 * The format by its magic bytes, before the buffer reaches any decoder: this is the decoder
 * allow-list. SVG (text) and HEIC are recognised only to be refused with a clear message.
 */
export function sniffImageFormat(input: Buffer): SniffedFormat {
  if (input.length >= 3 && input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) return 'jpeg'
  if (input.length >= 8 && input.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (/^GIF8[79]a$/.test(ascii({ input, start: 0, end: 6 }))) return 'gif'
  if (ascii({ input, start: 0, end: 4 }) === 'RIFF' && ascii({ input, start: 8, end: 12 }) === 'WEBP') return 'webp'
  if (ascii({ input, start: 4, end: 8 }) === 'ftyp') {
    const brands = ascii({ input, start: 8, end: 64 })
    if (/avif|avis/.test(brands)) return 'avif'
    if (/hei[cfsx]|mif1|msf1|hevc/.test(brands)) return 'heic'
    return null
  }
  const head = ascii({ input, start: 0, end: 512 })
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
  if (/^<(\?xml|svg|!DOCTYPE svg|!--)/i.test(head) && /<svg/i.test(ascii({ input, start: 0, end: 4096 }))) return 'svg'
  return null
}
