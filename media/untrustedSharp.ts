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

function megapixels(pixels: number): string {
  return (pixels / 1_000_000).toFixed(1)
}

export function tooManyPixels(args: { width: number; height: number }): MediaError {
  return new MediaError({
    code: 'image-too-many-pixels',
    message: `图片尺寸 ${args.width}×${args.height}（约 ${megapixels(args.width * args.height)} 百万像素）超过上限 ${megapixels(uploadPolicy.maxPixels)} 百万像素，请缩小后再上传。`,
  })
}

/** A sharp/libvips failure on untrusted input, as the uploader should read it. */
export function decodeFailure(cause: unknown): MediaError {
  if (cause instanceof MediaError) return cause
  const text = cause instanceof Error ? cause.message : String(cause)
  if (/pixel limit/i.test(text)) {
    return new MediaError({
      code: 'image-too-many-pixels',
      message: `图片像素超过上限 ${megapixels(uploadPolicy.maxPixels)} 百万像素，请缩小后再上传。`,
      cause,
    })
  }
  return new MediaError({ code: 'image-corrupt', message: '图片文件已损坏或不完整（可能上传中断），无法读取，请重新导出后上传。', cause })
}
