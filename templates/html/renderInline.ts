import { attribute, type Token } from '../markdown/markdownParser'
import { isSafeImageSrc } from '../markdown/isSafeUrl'
import type { ElementKey } from './elements'
import { escapeHtml } from './escapeHtml'
import type { HtmlDialect } from './htmlDialect'

const inlineElements: Record<string, ElementKey> = {
  strong_open: 'strong',
  strong_close: 'strong',
  em_open: 'em',
  em_close: 'em',
  s_open: 's',
  s_close: 's',
}

const LINE_BREAK = '\ue000'
/** A line break between two Chinese characters or punctuation marks is no space in the text (更多做法请看⏎冷萃指南). */
const breakInsideChinese = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\ue000(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu

/** Plain text of inline tokens (a paragraph, link text, image alt): a link's words are kept, line breaks read as spaces except inside Chinese. */
export function textOfInline(children: Token[]): string {
  let text = ''
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += LINE_BREAK
    else if (child.type === 'image') text += textOfInline(child.children ?? [])
  }
  return text.replace(breakInsideChinese, '').replaceAll(LINE_BREAK, ' ')
}

function linkText(args: { children: Token[]; openIndex: number }): string {
  const { children, openIndex } = args
  const end = children.findIndex((child, index) => index > openIndex && child.type === 'link_close')
  return textOfInline(children.slice(openIndex + 1, end < 0 ? undefined : end))
}

/** Told of every image met, kept or dropped by the dialect. */
export type ImageSink = (image: { src: string; alt: string; kept: boolean }) => void

/** The dialect's markup for an image token ('' when dropped), reported to `onImage`. */
export function renderImage(args: { token: Token; dialect: HtmlDialect; onImage: ImageSink }): { markup: string; alt: string } {
  const src = attribute({ token: args.token, name: 'src' })
  const alt = textOfInline(args.token.children ?? [])
  const markup = isSafeImageSrc(src) ? args.dialect.image({ src, alt, title: attribute({ token: args.token, name: 'title' }) }) : null
  args.onImage({ src, alt, kept: markup !== null })
  return { markup: markup ?? '', alt }
}

export function renderInline(args: { children: Token[]; dialect: HtmlDialect; onImage: ImageSink }): string {
  const { children, dialect } = args
  const linkClosers: string[] = []
  let html = ''
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    switch (child.type) {
      case 'text':
        html += escapeHtml(child.content)
        break
      case 'code_inline':
        html += dialect.open({ element: 'codeInline', depth: 0 }) + escapeHtml(child.content) + dialect.close('codeInline')
        break
      case 'softbreak':
        html += dialect.softBreak
        break
      case 'hardbreak':
        html += dialect.hardBreak
        break
      case 'link_open': {
        const markup = dialect.link({
          href: attribute({ token: child, name: 'href' }),
          title: attribute({ token: child, name: 'title' }),
          text: linkText({ children, openIndex: index }),
        })
        html += markup.open
        linkClosers.push(markup.close)
        break
      }
      case 'link_close':
        html += linkClosers.pop() ?? ''
        break
      case 'image':
        html += renderImage({ token: child, dialect, onImage: args.onImage }).markup
        break
      default: {
        const element = inlineElements[child.type]
        if (element) html += child.nesting === 1 ? dialect.open({ element, depth: 0 }) : dialect.close(element)
        else if (child.content) html += escapeHtml(child.content)
      }
    }
  }
  return html
}
