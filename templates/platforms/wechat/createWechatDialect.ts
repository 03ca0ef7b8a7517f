import { defaultTagNames, type ElementKey } from '../../html/elements'
import { escapeHtml } from '../../html/escapeHtml'
import type { HtmlDialect, LinkMarkup } from '../../html/htmlDialect'
import { isSvgUrl } from '../../html/isSvgUrl'
import { joinStyles, openTag } from '../../html/openTag'
import { preserveCodeWhitespace } from '../../html/preserveCodeWhitespace'
import { readableUrl } from '../../markdown/markdownParser'
import type { CompiledTheme } from '../../themes/compileTheme'
import { wechatRules } from './wechatRules'

export type Footnote = { number: number; href: string; text: string }

const tagNames: Record<ElementKey, string> = { ...defaultTagNames, s: 'span' }

function isKeptLink(href: string): boolean {
  try {
    const url = new URL(href)
    return (url.protocol === 'https:' || url.protocol === 'http:') && wechatRules.keptLinkHosts.includes(url.hostname)
  } catch {
    return false
  }
}

/**
 * WeChat HTML: every element carries its theme style inline (no class, id or <style>), links
 * other than to mp.weixin.qq.com articles become numbered footnotes, SVG images are dropped
 * (uploadimg takes JPG/PNG only), and no raw newline is emitted.
 */
export function createWechatDialect(args: { theme: CompiledTheme }): { dialect: HtmlDialect; footnotes: () => Footnote[] } {
  const { theme } = args
  const footnotes: Footnote[] = []
  const numberByHref = new Map<string, number>()
  const open: HtmlDialect['open'] = ({ element, depth, attrs, extraStyle }) =>
    openTag({ name: tagNames[element], attrs, style: joinStyles({ base: theme.style({ element, depth }), extra: extraStyle }) })
  const close = (element: ElementKey): string => `</${tagNames[element]}>`

  const footnoteNumber = (href: string, text: string): number => {
    const known = numberByHref.get(href)
    if (known !== undefined) return known
    const number = footnotes.length + 1
    footnotes.push({ number, href, text })
    numberByHref.set(href, number)
    return number
  }

  const linkTextOpen = openTag({ name: 'span', style: theme.style({ element: 'a', depth: 0 }) })
  const link = ({ href, text }: { href: string; text: string }): LinkMarkup => {
    if (isKeptLink(href)) return { open: open({ element: 'a', depth: 0, attrs: [['href', href]] }), close: close('a') }
    const visibleText = text.trim()
    const textIsTheTarget = visibleText === href || visibleText === readableUrl(href) || href === `mailto:${visibleText}`
    if (textIsTheTarget) return { open: linkTextOpen, close: '</span>' }
    const number = footnoteNumber(href, visibleText)
    const reference = `${open({ element: 'footnoteRef', depth: 0 })}[${number}]${close('footnoteRef')}`
    return { open: linkTextOpen, close: `</span>${reference}` }
  }

  const dialect: HtmlDialect = {
    open,
    close,
    link,
    image: ({ src, alt }) =>
      isSvgUrl(src)
        ? null
        : open({
            element: 'img',
            depth: 0,
            attrs: [
              ['src', src],
              ['alt', alt],
            ],
          }),
    codeBlock: ({ code }) =>
      open({ element: 'pre', depth: 0 }) +
      open({ element: 'codeBlock', depth: 0 }) +
      preserveCodeWhitespace(code) +
      close('codeBlock') +
      close('pre'),
    softBreak: '<br>',
    hardBreak: '<br>',
    blockSeparator: '',
    figures: true,
    wrapTables: true,
  }
  return { dialect, footnotes: () => footnotes }
}

export function renderFootnotes(args: { footnotes: Footnote[]; dialect: HtmlDialect }): string {
  const { footnotes, dialect } = args
  if (footnotes.length === 0) return ''
  const items = footnotes.map(({ number, href, text }) => {
    const label = text ? `${escapeHtml(text)}：` : ''
    const url = dialect.open({ element: 'footnoteUrl', depth: 0 }) + escapeHtml(readableUrl(href)) + dialect.close('footnoteUrl')
    return dialect.open({ element: 'footnoteItem', depth: 0 }) + `[${number}] ${label}${url}` + dialect.close('footnoteItem')
  })
  return (
    dialect.open({ element: 'footnotes', depth: 0 }) +
    dialect.open({ element: 'footnotesTitle', depth: 0 }) +
    wechatRules.footnotesTitle +
    dialect.close('footnotesTitle') +
    items.join('') +
    dialect.close('footnotes')
  )
}
