import { z } from 'zod'
import { altFromFileName, imageMarkdown } from './imageMarkdown'

export const MEDIA_UPLOAD_PATH = '/api/media'

/**
 * The multipart body Payload's own admin sends for an upload: the file, and the other fields as a
 * JSON `_payload` part. The alt text comes from the file name (readers and the OCR panel show it).
 */
export function buildImageUpload(file: Blob, name: string): FormData {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify({ alt: altFromFileName(name) }))
  return form
}

const createdReply = z.object({ doc: z.object({ filename: z.string().min(1), alt: z.string().nullish() }) })
const errorReply = z.object({ errors: z.array(z.object({ message: z.string() })).min(1) })

export type UploadOutcome = { ok: true; markdown: string } | { ok: false; error: string }

/** The server's reply to an upload as the editor needs it: the Markdown to insert, or the gate's own message. */
export function parseUploadReply(args: { status: number; text: string; name: string }): UploadOutcome {
  let body: unknown = null
  try {
    body = JSON.parse(args.text)
  } catch {
    // Not JSON (a proxy's error page, an empty reply): only the status says something.
  }
  if (args.status >= 200 && args.status < 300) {
    const created = createdReply.safeParse(body)
    if (created.success) {
      const { filename, alt } = created.data.doc
      return { ok: true, markdown: imageMarkdown({ alt: alt || altFromFileName(args.name), filename }) }
    }
    return { ok: false, error: `上传「${args.name}」后没有收到文件地址，请在素材库中查看。` }
  }
  const refused = errorReply.safeParse(body)
  if (refused.success) return { ok: false, error: refused.data.errors.map((e) => e.message).join('；') }
  if (args.status === 401 || args.status === 403) return { ok: false, error: '没有上传素材的权限，请联系管理员。' }
  if (args.status === 0) return { ok: false, error: '网络错误，图片没有上传，请稍后重试。' }
  return { ok: false, error: `上传「${args.name}」失败（HTTP ${args.status}）。` }
}
