import sharp from 'sharp'

/** The peer of bench/media.ts: a bare sharp resize-and-encode, no checks, no limit, no cache. */
export function bareResizeAndEncode(args: { input: Buffer; width: number; height: number; quality: number }): Promise<Buffer> {
  return sharp(args.input).resize(args.width, args.height).jpeg({ quality: args.quality }).toBuffer()
}
