'use client'
import type { Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { imageFilesOf, refusalOf } from './imageFiles'
import { insertPlaceholders, placeholderRanges, resolvePlaceholder } from './placeholders'
import { buildImageUpload } from './uploadRequest'
import { uploadWithProgress } from './uploadWithProgress'

/** One upload's progress as the editor shows it; `error` is the server's (Chinese) message. */
export type ImageUploadStatus = { name: string; percent: number; error?: string }

let uploadCount = 0

/**
 * Pasted or dropped image files go to the media library through the same door as any upload
 * (POST /api/media, with its size, pixel and type checks), one after another; each leaves a
 * placeholder where it was put, replaced by `![alt](/api/media/file/…)` or taken out with the reason.
 */
export function imagePasteAndDrop(args: { onStatus: (status: ImageUploadStatus | null) => void }): Extension {
  let queue: Promise<void> = Promise.resolve()
  let pending = 0
  const errors: string[] = []

  /** Uploads one after another; `refused` names files already turned away, so the final status still says so. */
  function start(view: EditorView, files: File[], at: { from: number; to: number }, refused: string | null = null) {
    const batch = files.map((file) => ({ id: `upload-${++uploadCount}`, name: file.name || '图片.png', file }))
    view.dispatch(insertPlaceholders({ state: view.state, at, files: batch }))
    if (pending === 0) errors.length = 0
    if (refused) errors.push(refused)
    pending += batch.length
    for (const item of batch) {
      queue = queue.then(async () => {
        args.onStatus({ name: item.name, percent: 0 })
        const outcome = await uploadWithProgress({
          form: buildImageUpload(item.file, item.name),
          name: item.name,
          onProgress: (percent) => args.onStatus({ name: item.name, percent }),
        })
        if (!outcome.ok) errors.push(outcome.error)
        // The editor may have been closed while the file was on its way: then there is nothing to update.
        if (view.dom.isConnected)
          for (const spec of resolvePlaceholder(view.state, item.id, outcome.ok ? outcome.markdown : null)) view.dispatch(spec)
        pending -= 1
        if (pending === 0) args.onStatus(errors.length ? { name: item.name, percent: 0, error: errors.join('\n') } : null)
      })
    }
  }

  return [
    placeholderRanges,
    EditorView.domEventHandlers({
      paste(event, view) {
        const data = event.clipboardData
        if (!data || data.files.length === 0) return false
        // Word and Excel put a picture of the copied text beside the text itself: the text is what was meant.
        if (data.getData('text/plain').trim()) return false
        const { images } = imageFilesOf([...data.files])
        if (images.length === 0) return false
        event.preventDefault()
        start(view, images, view.state.selection.main)
        return true
      },
      drop(event, view) {
        const files = [...(event.dataTransfer?.files ?? [])]
        if (files.length === 0) return false
        event.preventDefault()
        const { images, others } = imageFilesOf(files)
        const refused = refusalOf(others)
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head
        if (images.length > 0) start(view, images, { from: pos, to: pos }, refused)
        else if (refused && pending > 0) errors.push(refused)
        else if (refused) args.onStatus({ name: others[0]?.name ?? '', percent: 0, error: refused })
        return true
      },
    }),
  ]
}
