import type { ElementKey } from './elements'

export type LinkMarkup = { open: string; close: string }

/**
 * What differs between HTML outputs (WeChat, Toutiao, the public page): how elements are named
 * and styled, and what becomes of links, images and code. The token walker is shared.
 */
export type HtmlDialect = {
  /** Opening tag of an element, e.g. `<p style="…">`; attributes are name/value pairs, unescaped. */
  open(args: { element: ElementKey; depth: number; attrs?: [string, string][]; extraStyle?: string }): string
  close(element: ElementKey): string
  /** `text` is the link's visible text, `href` already passed the allow-list. */
  link(args: { href: string; title: string; text: string }): LinkMarkup
  /** The `<img>` markup, or null to drop the image. `src` already passed the allow-list. */
  image(args: { src: string; alt: string; title: string }): string | null
  codeBlock(args: { code: string; language: string }): string
  softBreak: string
  hardBreak: string
  /** Between block elements: '\n' for readable HTML, '' where newlines could be shown. */
  blockSeparator: string
  /** Turn a paragraph holding only an image into figure + figcaption (from the alt text). */
  figures: boolean
  /** Wrap tables in a horizontally scrollable `tableWrap` element. */
  wrapTables: boolean
}
