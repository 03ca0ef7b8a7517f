import { ContentRejectedError } from './errors'

const IMG_TAG = /<img\b[^>]*>/gi
const SRC_ATTRIBUTE = /(\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }

export function decodeHtmlAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10))
    return NAMED[entity.toLowerCase()] ?? whole
  })
}

export function escapeHtmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Every `<img src>` of the HTML, decoded, in order. */
export function findImageSources(html: string): string[] {
  const sources: string[] = []
  for (const tag of html.match(IMG_TAG) ?? []) {
    const match = SRC_ATTRIBUTE.exec(tag)
    if (match) sources.push(decodeHtmlAttribute(match[2] ?? match[3] ?? match[4] ?? ''))
  }
  return sources
}

/** Rewrites `<img src>` values: `replace` gets the decoded src and returns the new URL, or undefined to keep it. */
export function replaceImageSources(args: { html: string; replace: (src: string) => string | undefined }): string {
  return args.html.replace(IMG_TAG, (tag) =>
    tag.replace(SRC_ATTRIBUTE, (whole, prefix: string, double?: string, single?: string, bare?: string) => {
      const next = args.replace(decodeHtmlAttribute(double ?? single ?? bare ?? ''))
      return next === undefined ? whole : `${prefix}"${escapeHtmlAttribute(next)}"`
    }),
  )
}

/** markdown-it percent-encodes the brackets of an IPv6 host (`http://%5B::1%5D/a.png`), which no URL parser accepts. */
const ENCODED_IPV6_HOST = /^(https?:\/\/(?:[^/?#@]*@)?)%5B([^/?#]*?)%5D/i

/**
 * The absolute URL of a body image that is not one of our media, ready for the SSRF-safe fetch (which
 * refuses private and IPv6-literal addresses without connecting). A source that is no http(s) address
 * at all is refused here, naming the image, as a problem of the content: nothing has been sent yet.
 */
export function outsideImageUrl(args: { src: string; base: string }): string {
  const message = `正文图片地址无法使用：${args.src}。图片只能来自素材库，或以 http:// 或 https:// 开头的公开图片链接，请修改后重新提交审核。`
  const refused = () => new ContentRejectedError({ message, reason: message })
  let url: URL
  try {
    url = new URL(args.src.trim().replace(ENCODED_IPV6_HOST, '$1[$2]'), args.base)
  } catch {
    throw refused()
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused()
  return url.toString()
}
