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
