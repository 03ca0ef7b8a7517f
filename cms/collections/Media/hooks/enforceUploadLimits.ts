import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { formatMegabytes, MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from '../limits'

/** Per-kind size caps, checked before Payload writes anything to storage. */
export const enforceUploadLimits: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const isVideo = file.mimetype.startsWith('video/')
  const limit = isVideo ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES
  if (file.size > limit) {
    throw new APIError(
      `文件太大：${file.name} 为 ${formatMegabytes(file.size)}，${isVideo ? '视频' : '图片'}最大 ${formatMegabytes(limit)}。请压缩后再上传。`,
      413,
      undefined,
      true,
    )
  }
  return args
}
