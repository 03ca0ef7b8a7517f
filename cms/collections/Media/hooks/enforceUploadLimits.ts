import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { inspectUpload } from '../../../../media'
import { formatMegabytes, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_VIDEO_BYTES, MEDIA_MIME_TYPES } from '../limits'

/**
 * Per-kind caps, checked before Payload writes anything to storage: bytes for every file, and for
 * images the pixel count read from the header alone (so a decompression bomb is never decoded).
 */
export const enforceUploadLimits: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  // Payload's own refusal of another type says "The following field is invalid: file" in English.
  if (!(MEDIA_MIME_TYPES as readonly string[]).includes(file.mimetype)) {
    throw refusal(`不支持的文件类型：${file.name}。素材库只收图片（JPEG、PNG、WebP、GIF）和视频（MP4、MOV、WebM）。`, 400)
  }
  const isVideo = file.mimetype.startsWith('video/')
  const limit = isVideo ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES
  if (file.size > limit) {
    throw refusal(
      `文件太大：${file.name} 为 ${formatMegabytes(file.size)}，${isVideo ? '视频' : '图片'}最大 ${formatMegabytes(limit)}。请压缩后再上传。`,
      413,
    )
  }
  if (file.mimetype.startsWith('image/')) {
    await checkPixels({ req, name: file.name, data: file.data })
    await checkDecodes({ name: file.name, data: file.data, mime: file.mimetype })
  }
  return args
}

/**
 * A file whose header reads but whose data stops short (a truncated JPEG) would otherwise fail inside
 * Payload's own resizing with its generic upload error; the upload gate decodes it first and says why.
 */
async function checkDecodes(args: { name: string; data: Buffer; mime: string }): Promise<void> {
  const inspection = await inspectUpload({ input: args.data, mime: args.mime })
  if (!inspection.ok) throw refusal(`${args.name}：${inspection.message}`, 400)
}

async function checkPixels(args: { req: PayloadRequest; name: string; data: Buffer }): Promise<void> {
  const sharp = args.req.payload.config.sharp
  if (!sharp) return
  const meta = await sharp(args.data, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw refusal(`无法识别图片：${args.name} 已损坏或不是支持的格式（JPEG、PNG、WebP、GIF）。`, 400)
    })
  const width = meta.width ?? 0
  const height = meta.pageHeight ?? meta.height ?? 0
  const pages = meta.pages ?? 1
  if (width * height * pages > MAX_IMAGE_PIXELS) {
    throw refusal(
      `图片像素过大：${args.name} 为 ${width}×${height}${pages > 1 ? `×${pages} 帧` : ''}，上限约 ${Math.round(MAX_IMAGE_PIXELS / 10_000)} 万像素。请缩小后再上传。`,
      413,
    )
  }
}

function refusal(message: string, status: number) {
  return new APIError(message, status, null, true)
}
