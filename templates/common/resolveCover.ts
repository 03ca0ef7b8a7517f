import { isSafeImageSrc } from '../markdown/isSafeUrl'
import type { RenderedImage, RenderIssue } from '../types'

/** The cover as a rendered image, or an error when the given URL is not an allowed image source. */
export function resolveCover(args: { coverUrl?: string | null; title: string }): { cover: RenderedImage | null; issues: RenderIssue[] } {
  const url = args.coverUrl?.trim()
  if (!url) return { cover: null, issues: [] }
  if (!isSafeImageSrc(url)) {
    return {
      cover: null,
      issues: [{ code: 'cover-invalid', severity: 'error', message: '封面地址无效：只接受 http(s) 或站内相对地址的图片。' }],
    }
  }
  return { cover: { src: url, alt: args.title, role: 'cover' }, issues: [] }
}
