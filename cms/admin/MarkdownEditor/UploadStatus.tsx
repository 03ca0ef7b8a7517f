'use client'
import type { ImageUploadStatus } from './images'

/** The image being uploaded from a paste or drop, or why it failed. */
export function UploadStatus(props: { status: ImageUploadStatus | null }) {
  const { status } = props
  if (!status) return null
  return (
    <div
      data-testid="editor-upload"
      role="status"
      style={{ fontSize: 12, padding: '4px 0', color: status.error ? 'var(--theme-error-500)' : undefined }}
    >
      {status.error ? `图片「${status.name}」上传失败：${status.error}` : `正在上传图片「${status.name}」… ${Math.round(status.percent)}%`}
    </div>
  )
}
