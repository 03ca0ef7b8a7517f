import sharp from 'sharp'
import { uploadPolicy } from './uploadPolicy'

/**
 * A poster PNG: the photo (when there is one) cropped to the size around its most salient part, with the
 * template's SVG text layer on top. The SVG is our own (no outside references), so it is safe to rasterise.
 */
export async function composePoster(args: {
  svg: string
  width: number
  height: number
  photo?: Buffer
}): Promise<{ buffer: Buffer; width: number; height: number; bytes: number; mime: 'image/png' }> {
  const layer = Buffer.from(args.svg)
  const base = args.photo
    ? sharp(args.photo, { limitInputPixels: uploadPolicy.maxPixels, failOn: 'error' })
        .rotate()
        .resize(args.width, args.height, { fit: 'cover', position: sharp.strategy.attention })
    : sharp({ create: { width: args.width, height: args.height, channels: 3, background: '#ffffff' } })
  const buffer = await base
    .composite([{ input: layer, top: 0, left: 0 }])
    .png({ compressionLevel: 9 })
    .toBuffer()
  return { buffer, width: args.width, height: args.height, bytes: buffer.length, mime: 'image/png' }
}
