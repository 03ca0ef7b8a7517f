import { ContentRejectedError } from './errors'
import { sniffImageType } from './imageType'
import type { SniffedImageType } from './imageType'
import { formatBytes } from './text'
import type { AssetBytes, IssueField, PlatformId } from './types'

/** After reading an image and before uploading it: its real format and size must fit the endpoint. */
export function assertUploadableImage(args: {
  platform: PlatformId
  field: IssueField
  label: string
  image: AssetBytes
  types: ReadonlySet<SniffedImageType | string>
  maxBytes: number
}): void {
  const { platform, field, label, image, types, maxBytes } = args
  const type = sniffImageType(image.bytes)
  if (type === undefined || !types.has(type)) {
    const reason = `${label}格式不支持（${type ?? '未知格式'}），只接受 ${[...types].join('/')}`
    throw new ContentRejectedError({
      message: reason,
      reason,
      platform,
      issues: [{ field, code: 'invalid', severity: 'error', message: reason }],
    })
  }
  if (image.bytes.length > maxBytes) {
    const reason = `${label}超过上限 ${formatBytes(maxBytes)}（当前 ${formatBytes(image.bytes.length)}）`
    throw new ContentRejectedError({
      message: reason,
      reason,
      platform,
      issues: [{ field, code: 'too_large', severity: 'error', message: reason, limit: maxBytes, actual: image.bytes.length }],
    })
  }
}
