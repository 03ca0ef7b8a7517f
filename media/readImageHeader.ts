import { MediaError } from './mediaError'
import { sniffImageFormat } from './sniffImageFormat'
import { allowedFormats, uploadPolicy, type AllowedFormat } from './uploadPolicy'
import { decodeFailure, headerSharp, tooManyPixels } from './untrustedSharp'

export type ImageHeader = {
  format: AllowedFormat
  /** After EXIF orientation. */
  width: number
  height: number
  frames: number
  hasAlpha: boolean
}

const sharpFormatOf: Record<AllowedFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif', avif: 'heif' }

function refuseFormat(format: ReturnType<typeof sniffImageFormat>): MediaError {
  if (format === 'svg') {
    return new MediaError({ code: 'image-svg-refused', message: '不接受 SVG 图片（可能含脚本或外部引用），请导出为 PNG 或 JPG 后上传。' })
  }
  if (format === 'heic') {
    return new MediaError({ code: 'image-heic-refused', message: '暂不支持 HEIC/HEIF 照片，请在手机上导出为 JPG 后上传。' })
  }
  const accepted = Object.keys(allowedFormats).join('、').toUpperCase()
  return new MediaError({ code: 'image-format-not-allowed', message: `不支持的文件格式，请上传 ${accepted} 图片。` })
}

/**
 * Checks untrusted bytes against the upload policy using only the file header: size, format
 * by magic bytes (the decoder allow-list), pixel count and frame count. No pixel is decoded,
 * so a decompression bomb is refused here at the cost of reading a few bytes.
 */
export async function readImageHeader(input: Buffer): Promise<ImageHeader> {
  if (input.length === 0) throw new MediaError({ code: 'image-empty', message: '文件为空，请重新上传。' })
  if (input.length > uploadPolicy.maxInputBytes) {
    throw new MediaError({
      code: 'image-file-too-large',
      message: `文件 ${(input.length / 1_000_000).toFixed(1)} MB，超过上限 ${uploadPolicy.maxInputBytes / 1_000_000} MB。`,
    })
  }
  const format = sniffImageFormat(input)
  if (format === null || format === 'svg' || format === 'heic') throw refuseFormat(format)
  const metadata = await headerSharp(input)
    .metadata()
    .catch((cause: unknown) => Promise.reject(decodeFailure(cause)))
  if (metadata.format !== sharpFormatOf[format] || (format === 'avif' && metadata.compression !== 'av1')) {
    throw refuseFormat(metadata.compression === 'hevc' ? 'heic' : null)
  }
  const frames = metadata.pages ?? 1
  if (frames > uploadPolicy.maxFrames) {
    throw new MediaError({ code: 'image-too-many-frames', message: `动图共 ${frames} 帧，超过上限 ${uploadPolicy.maxFrames} 帧。` })
  }
  const frameHeight = metadata.pageHeight ?? metadata.height
  if (metadata.width * frameHeight > uploadPolicy.maxPixels) throw tooManyPixels({ width: metadata.width, height: frameHeight })
  const oriented = (metadata.orientation ?? 1) >= 5
  return {
    format,
    width: oriented ? frameHeight : metadata.width,
    height: oriented ? metadata.width : frameHeight,
    frames,
    hasAlpha: metadata.hasAlpha,
  }
}
