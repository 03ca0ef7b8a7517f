'use client'

/** A dialog listing the library's images; a click inserts one as Markdown. (Stub.) */
export function ImagePicker({ onClose }: { onPick: (markdown: string) => void; onClose: () => void }) {
  return (
    <div role="dialog" data-testid="image-picker">
      <button type="button" onClick={onClose}>
        关闭
      </button>
    </div>
  )
}
