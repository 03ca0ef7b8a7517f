import sharp, { type Sharp } from 'sharp'
import { MediaError } from './mediaError'
import { uploadPolicy } from './uploadPolicy'

/**
 * sharp for untrusted bytes: pixel cap checked from the header before decoding, strictest
 * failOn (truncated or damaged data aborts), first frame only, EXIF orientation applied, and a
 * time limit. The format allow-list is enforced before this (sniffImageFormat).
 */
export function untrustedSharp(input: Buffer): Sharp {
  return sharp(input, {
    limitInputPixels: uploadPolicy.maxPixels,
    failOn: 'warning',
    pages: 1,
    autoOrient: true,
  }).timeout({ seconds: uploadPolicy.timeoutSeconds })
}

/**
 * sharp for reading a header only (metadata never decodes pixels). The pixel cap is lifted here
 * so that the caller can name the dimensions it refuses; every decode uses untrustedSharp.
 */
export function headerSharp(input: Buffer): Sharp {
  return sharp(input, { limitInputPixels: false, failOn: 'warning', pages: 1 })
}

/** A pixel count as Chinese counts it: 40,000,000 → 4000 万像素; 10,000,000,000 → 100 亿像素. */
export function tenThousandPixels(pixels: number): string {
  return pixels >= 100_000_000 ? `${Number((pixels / 100_000_000).toFixed(1))} 亿像素` : `${Math.round(pixels / 10_000)} 万像素`
}

export function tooManyPixels(args: { width: number; height: number }): MediaError {
  return new MediaError({
    code: 'image-too-many-pixels',
    message: `图片尺寸 ${args.width}×${args.height}（约 ${tenThousandPixels(args.width * args.height)}）超过上限 ${tenThousandPixels(uploadPolicy.maxPixels)}，请缩小后再上传。`,
  })
}

/** A sharp/libvips failure on untrusted input, as the uploader should read it. */
export function decodeFailure(cause: unknown): MediaError {
  if (cause instanceof MediaError) return cause
  const text = cause instanceof Error ? cause.message : String(cause)
  if (/pixel limit/i.test(text)) {
    return new MediaError({
      code: 'image-too-many-pixels',
      message: `图片像素超过上限 ${tenThousandPixels(uploadPolicy.maxPixels)}，请缩小后再上传。`,
      cause,
    })
  }
  return new MediaError({
    code: 'image-corrupt',
    message: '图片文件已损坏或不完整（常见于导出或传输中断），无法读取。请在原软件中重新导出后再上传。',
    cause,
  })
}
