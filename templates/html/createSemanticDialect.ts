import { defaultTagNames, type ElementKey } from './elements'
import { escapeHtml } from './escapeHtml'
import type { HtmlDialect, LinkMarkup } from './htmlDialect'
import { openTag } from './openTag'
import { isAbsoluteHttpUrl } from '../markdown/isSafeUrl'

export type SemanticDialectOptions = {
  /** 'anchor': keep links (outside ones open in a new tab, nofollow); 'text': keep only their text. */
  links: 'anchor' | 'text'
  /** Return false to drop an image. */
  keepImage: (src: string) => boolean
  imageAttrs: [string, string][]
  figures: boolean
  /** Add `class="language-…"` to fenced code for client-side highlighting. */
  codeLanguageClass: boolean
}

const languagePattern = /^[a-z0-9+#-]{1,32}$/i

/** Clean semantic HTML: no styles except table cell alignment, one block per line. */
export function createSemanticDialect(options: SemanticDialectOptions): { dialect: HtmlDialect; removedLinks: () => number } {
  let removedLinks = 0
  const open: HtmlDialect['open'] = ({ element, attrs, extraStyle }) =>
    openTag({ name: defaultTagNames[element], attrs, style: extraStyle })
  const close = (element: ElementKey): string => `</${defaultTagNames[element]}>`

  const link = ({ href, title }: { href: string; title: string }): LinkMarkup => {
    if (options.links === 'text') {
      removedLinks++
      return { open: '', close: '' }
    }
    const attrs: [string, string][] = [['href', href]]
    if (title) attrs.push(['title', title])
    if (isAbsoluteHttpUrl(href)) attrs.push(['target', '_blank'], ['rel', 'nofollow noopener noreferrer'])
    return { open: openTag({ name: 'a', attrs }), close: '</a>' }
  }

  const dialect: HtmlDialect = {
    open,
    close,
    link,
    image: ({ src, alt, title }) => {
      if (!options.keepImage(src)) return null
      const attrs: [string, string][] = [
        ['src', src],
        ['alt', alt],
      ]
      if (title) attrs.push(['title', title])
      return openTag({ name: 'img', attrs: [...attrs, ...options.imageAttrs] })
    },
    codeBlock: ({ code, language }) => {
      const attrs: [string, string][] =
        options.codeLanguageClass && languagePattern.test(language) ? [['class', `language-${language}`]] : []
      return `<pre>${openTag({ name: 'code', attrs })}${escapeHtml(code)}</code></pre>`
    },
    softBreak: '<br>\n',
    hardBreak: '<br>\n',
    blockSeparator: '\n',
    figures: options.figures,
    wrapTables: false,
  }
  return { dialect, removedLinks: () => removedLinks }
}
