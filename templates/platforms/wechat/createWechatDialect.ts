import { defaultTagNames, type ElementKey } from '../../html/elements'
import { escapeHtml } from '../../html/escapeHtml'
import type { HtmlDialect, LinkMarkup } from '../../html/htmlDialect'
import { isSvgUrl } from '../../html/isSvgUrl'
import { joinStyles, openTag } from '../../html/openTag'
import { preserveCodeWhitespace } from '../../html/preserveCodeWhitespace'
import { readableUrl } from '../../markdown/markdownParser'
import type { CompiledTheme } from '../../themes/compileTheme'
import { isKeptLink } from './isKeptLink'
import { wechatRules } from './wechatRules'

export type Footnote = { number: number; href: string; text: string }

const tagNames: Record<ElementKey, string> = { ...defaultTagNames, s: 'span' }

/**
 * WeChat HTML: every element carries its theme style inline (no class, id or <style>), links
 * other than to mp.weixin.qq.com articles become numbered footnotes, SVG images are dropped
 * (uploadimg takes JPG/PNG only), and no raw newline is emitted.
 */
export function createWechatDialect(args: { theme: CompiledTheme }): { dialect: HtmlDialect; footnotes: () => Footnote[] } {
  const { theme } = args
  const footnotes: Footnote[] = []
  const numberByHref = new Map<string, number>()
  const styledTag = (args: Parameters<HtmlDialect['open']>[0]): string =>
    openTag({ name: tagNames[args.element], attrs: args.attrs, style: joinStyles({ base: theme.style(args), extra: args.extraStyle }) })
  // Tags without attributes repeat (every <p>, <li>, <strong>, aligned <td>): each is built once per render.
  const bareTags: Partial<Record<ElementKey, string[]>> = {}
  const alignedTags = new Map<string, string>()
  const open: HtmlDialect['open'] = (args) => {
    if (args.attrs?.length) return styledTag(args)
    if (!args.extraStyle) return ((bareTags[args.element] ??= [])[args.depth] ??= styledTag(args))
    const key = `${args.element}/${args.depth}/${args.extraStyle}`
    const known = alignedTags.get(key)
    if (known !== undefined) return known
    const tag = styledTag(args)
    alignedTags.set(key, tag)
    return tag
  }
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
