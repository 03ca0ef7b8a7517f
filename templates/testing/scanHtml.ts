export type ScannedTag = { name: string; closing: boolean; attrs: Record<string, string> }

const tagPattern = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*="[^"<>]*")*)\s*>/
const attributePattern = /\s+([a-z][a-z-]*)="([^"]*)"/g

/**
 * A strict reading of HTML produced by this package: every `<` must open a well-formed tag with
 * double-quoted attributes, and text between tags may hold no `<`, `>` or `"` raw. Throws on
 * anything else, so a test using it fails on any markup that escaped escaping.
 */
export function scanHtml(html: string): ScannedTag[] {
  const tags: ScannedTag[] = []
  let position = 0
  while (position < html.length) {
    const next = html.indexOf('<', position)
    const text = html.slice(position, next < 0 ? undefined : next)
    if (/[>"]/.test(text)) throw new Error(`raw character in text near: ${text.slice(0, 80)}`)
    if (next < 0) break
    const match = tagPattern.exec(html.slice(next))
    if (!match) throw new Error(`malformed tag near: ${html.slice(next, next + 80)}`)
    const attrs: Record<string, string> = {}
    for (const [, name, value] of match[3].matchAll(attributePattern)) {
      if (name in attrs) throw new Error(`duplicate attribute ${name}`)
      attrs[name] = value
    }
    tags.push({ name: match[2], closing: match[1] === '/', attrs })
    position = next + match[0].length
  }
  return tags
}

/** Decodes the few entities this package writes, to read an attribute's real value. */
export function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
