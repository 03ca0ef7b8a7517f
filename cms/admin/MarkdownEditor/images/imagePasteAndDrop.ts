import type { Extension } from '@codemirror/state'

/** One upload's progress as the editor shows it; `error` is the server's (Chinese) message. */
export type ImageUploadStatus = { name: string; percent: number; error?: string }

/** Pasted or dropped image files are uploaded to the media library and inserted as Markdown. (Stub.) */
export function imagePasteAndDrop(_args: { onStatus: (status: ImageUploadStatus | null) => void }): Extension {
  return []
}
