import { attribute, type Token } from '../markdown/markdownParser'
import type { RenderedImage } from '../types'
import type { ElementKey } from './elements'
import { escapeHtml } from './escapeHtml'
import type { HtmlDialect } from './htmlDialect'
import { renderImage, renderInline, type ImageSink } from './renderInline'

export type HtmlRendering = { html: string; images: RenderedImage[]; droppedImages: string[] }

type BlockState = { listDepth: number; quoteDepth: number }

const simpleBlocks: Record<string, ElementKey> = {
  thead_open: 'thead',
  thead_close: 'thead',
  tbody_open: 'tbody',
  tbody_close: 'tbody',
  tr_open: 'tr',
  tr_close: 'tr',
  list_item_open: 'li',
  list_item_close: 'li',
}

function alignmentStyle(token: Token): string | undefined {
  return attribute({ token: token, name: 'style' }) || undefined
}

/** The image of a paragraph that holds one image and nothing else but blank text. */
function standaloneImage(inline: Token | undefined): Token | null {
  let image: Token | null = null
  for (const child of inline?.children ?? []) {
    if (child.type === 'text' && child.content.trim() === '') continue
    if (child.type !== 'image' || image) return null
    image = child
  }
  return image
}

/** Walks markdown-it block tokens once and writes HTML in the given dialect. */
export function renderTokensToHtml(args: { tokens: Token[]; dialect: HtmlDialect }): HtmlRendering {
  const { tokens, dialect } = args
  const images: RenderedImage[] = []
  const droppedImages: string[] = []
  const seenImages = new Set<string>()
  const onImage: ImageSink = (image) => {
    if (!image.kept) return void droppedImages.push(image.src)
    if (seenImages.has(image.src)) return
    seenImages.add(image.src)
    images.push({ src: image.src, alt: image.alt, role: 'body' })
  }
  const state: BlockState = { listDepth: 0, quoteDepth: 0 }
  const separator = dialect.blockSeparator
  const out: string[] = []

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    switch (token.type) {
      case 'inline':
        out.push(renderInline({ children: token.children ?? [], dialect, onImage }))
        break
      case 'paragraph_open': {
        if (token.hidden) break
        const image = dialect.figures ? standaloneImage(tokens[index + 1]) : null
        if (image) {
          out.push(renderFigure({ image, dialect, onImage }))
          index += 2
          break
        }
        out.push(dialect.open({ element: state.quoteDepth > 0 ? 'blockquoteParagraph' : 'p', depth: 0 }))
        break
      }
      case 'paragraph_close':
        if (!token.hidden) out.push(dialect.close(state.quoteDepth > 0 ? 'blockquoteParagraph' : 'p') + separator)
        break
      case 'heading_open':
        out.push(dialect.open({ element: token.tag as ElementKey, depth: 0 }))
        break
      case 'heading_close':
        out.push(dialect.close(token.tag as ElementKey) + separator)
        break
      case 'blockquote_open':
        out.push(dialect.open({ element: 'blockquote', depth: state.quoteDepth++ }) + separator)
        break
      case 'blockquote_close':
        state.quoteDepth--
        out.push(dialect.close('blockquote') + separator)
        break
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const element = token.type === 'bullet_list_open' ? 'ul' : 'ol'
        const start = attribute({ token: token, name: 'start' })
        const attrs: [string, string][] = start && start !== '1' ? [['start', start]] : []
        out.push(dialect.open({ element, depth: state.listDepth++, attrs }) + separator)
        break
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        state.listDepth--
        out.push(dialect.close(token.type === 'bullet_list_close' ? 'ul' : 'ol') + separator)
        break
      case 'fence':
      case 'code_block':
        out.push(dialect.codeBlock({ code: token.content, language: token.info.trim().split(/\s+/)[0] ?? '' }) + separator)
        break
      case 'hr':
        out.push(dialect.open({ element: 'hr', depth: 0 }) + separator)
        break
      case 'table_open':
        if (dialect.wrapTables) out.push(dialect.open({ element: 'tableWrap', depth: 0 }))
        out.push(dialect.open({ element: 'table', depth: 0 }) + separator)
        break
      case 'table_close':
        out.push(dialect.close('table') + (dialect.wrapTables ? dialect.close('tableWrap') : '') + separator)
        break
      case 'th_open':
      case 'td_open':
        out.push(dialect.open({ element: token.tag as ElementKey, depth: 0, extraStyle: alignmentStyle(token) }))
        break
      case 'th_close':
      case 'td_close':
        out.push(dialect.close(token.tag as ElementKey) + separator)
        break
      default: {
        const element = simpleBlocks[token.type]
        if (!element) break
        if (token.nesting === -1) out.push(dialect.close(element) + separator)
        else out.push(dialect.open({ element, depth: state.listDepth }) + (element === 'li' ? '' : separator))
      }
    }
  }
  return { html: out.join(''), images, droppedImages }
}

function renderFigure(args: { image: Token; dialect: HtmlDialect; onImage: ImageSink }): string {
  const { dialect } = args
  const { markup, alt } = renderImage({ token: args.image, dialect, onImage: args.onImage })
  if (!markup) return ''
  const caption = alt.trim() ? dialect.open({ element: 'figcaption', depth: 0 }) + escapeHtml(alt) + dialect.close('figcaption') : ''
  return dialect.open({ element: 'figure', depth: 0 }) + markup + caption + dialect.close('figure') + dialect.blockSeparator
}
