'use client'
import type { ImageUploadStatus } from './imagePasteAndDrop'

/** The current upload's progress, or why it failed, under the editor. Nothing while idle. */
export function UploadStatusLine({ status, onDismiss }: { status: ImageUploadStatus | null; onDismiss?: () => void }) {
  if (!status) return null
  const failed = status.error !== undefined
  return (
    <div
      data-testid="editor-upload"
      role={failed ? 'alert' : 'status'}
      style={{
        display: 'flex',
        gap: 8,
        alignItems: 'center',
        fontSize: 12,
        padding: '4px 8px',
        color: failed ? 'var(--theme-error-500)' : 'var(--theme-elevation-800)',
        whiteSpace: 'pre-wrap',
      }}
    >
      {failed ? (
        <span>图片上传失败：{status.error}</span>
      ) : (
        <>
          <span>正在上传「{status.name}」</span>
          <progress max={100} value={status.percent} style={{ width: 120 }} />
          <span>{status.percent}%</span>
        </>
      )}
      {failed && onDismiss && (
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={onDismiss}>
          知道了
        </button>
      )}
    </div>
  )
}
