import MarkdownIt, { type Token } from 'markdown-it'
import { isSafeLinkUrl } from './isSafeUrl'
import { skipTextWithoutLinks } from './linkifyShortcut'
import { withUnchangedShortcut, withUnchangedTextShortcut } from './normalizeLink'

/**
 * The one markdown-it instance of the product: default preset, raw HTML off (it is shown as
 * text), bare URLs linkified, no typographer (it would rewrite Chinese quotes). Links and images
 * whose URL fails the allow-list are not parsed as links at all, so their source stays as text.
 */
const markdown = new MarkdownIt('default', { html: false, linkify: true, typographer: false })
markdown.validateLink = isSafeLinkUrl
markdown.normalizeLink = withUnchangedShortcut(markdown.normalizeLink)
markdown.normalizeLinkText = withUnchangedTextShortcut(markdown.normalizeLinkText)
skipTextWithoutLinks(markdown.linkify)

export function parseMarkdown(source: string): Token[] {
  return markdown.parse(source, {})
}

/** A normalised (percent-encoded) URL made readable again, for showing it as text. */
export function readableUrl(url: string): string {
  return markdown.normalizeLinkText(url)
}

export type { Token }

/** A token attribute as a string ('' when absent). */
export function attribute(args: { token: Token; name: string }): string {
  const value = args.token.attrGet(args.name)
  return value === null || value === undefined ? '' : String(value)
}
