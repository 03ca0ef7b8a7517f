import sharp from 'sharp'
import { uploadPolicy } from '../uploadPolicy'
import { OcrError } from './ocrError'

/** Images whose longer side is below this are scaled up: small text is read far better at about 1600 px. */
const UPSCALE_BELOW_PX = 800
const UPSCALE_TARGET_PX = 1600
const MAX_UPSCALE = 4
/** Past this many pixels the image is scaled down first: OCR time grows with pixels, text this large stays legible. */
export const MAX_OCR_PIXELS = 12_000_000

export type PreparedImage = {
  /** A binary PGM (8-bit grey), which tesseract reads from stdin without decoding a compressed format. */
  pgm: Buffer
  /** The image's own size (orientation applied), in which boxes are reported. */
  width: number
  height: number
  /** Pixels of the prepared image per pixel of the original. */
  scale: number
}

/** The factor from the original size to the size tesseract reads. Pure. */
export function ocrScale(args: { width: number; height: number }): number {
  const longer = Math.max(args.width, args.height)
  let scale = longer > 0 && longer < UPSCALE_BELOW_PX ? Math.min(MAX_UPSCALE, UPSCALE_TARGET_PX / longer) : 1
  const pixels = args.width * args.height * scale * scale
  if (pixels > MAX_OCR_PIXELS) scale *= Math.sqrt(MAX_OCR_PIXELS / pixels)
  return scale
}

/** Grey, flattened onto white (text drawn on transparency stays visible), scaled for OCR. */
export async function prepareForOcr(bytes: Buffer): Promise<PreparedImage> {
  try {
    const source = sharp(bytes, { limitInputPixels: uploadPolicy.maxPixels, failOn: 'error', pages: 1, autoOrient: true }).timeout({
      seconds: uploadPolicy.timeoutSeconds,
    })
    const meta = await source.metadata()
    const oriented = (meta.orientation ?? 1) >= 5
    const width = (oriented ? meta.height : meta.width) ?? 0
    const height = (oriented ? meta.width : meta.height) ?? 0
    const scale = ocrScale({ width, height })
    let pipeline = source.flatten({ background: '#ffffff' }).grayscale()
    if (scale !== 1)
      pipeline = pipeline.resize({
        width: Math.max(1, Math.round(width * scale)),
        height: Math.max(1, Math.round(height * scale)),
        fit: 'fill',
      })
    const { data, info } = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true })
    if (info.channels !== 1) throw new Error(`expected one grey channel, got ${info.channels}`)
    const header = Buffer.from(`P5\n${info.width} ${info.height}\n255\n`, 'ascii')
    return { pgm: Buffer.concat([header, data]), width, height, scale: info.width / Math.max(1, width) }
  } catch (error) {
    throw new OcrError({
      code: 'image-unreadable',
      message: `图片无法读取，不能识别其中的文字（${error instanceof Error ? error.message : String(error)}）。请重新导出为 JPEG 或 PNG 后再上传。`,
      cause: error,
    })
  }
}

/** Below this many pixels on a side an image holds no legible text (icons, spacers, 1×1 trackers). */
const MIN_TEXT_SIDE_PX = 12

export function tooSmallForText(args: { width: number; height: number }): boolean {
  return Math.min(args.width, args.height) < MIN_TEXT_SIDE_PX
}
