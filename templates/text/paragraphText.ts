import type { Token } from '../markdown/markdownParser'
import { textOfInline } from '../html/renderInline'
import { collapseWhitespace } from './countText'

const listOpenings = new Set(['bullet_list_open', 'ordered_list_open'])
const listClosings = new Set(['bullet_list_close', 'ordered_list_close'])

/**
 * The running text of an article: its paragraphs (also inside quotes), without headings, lists,
 * code, tables or image captions. Used for derived digests and Weibo excerpts. With
 * `enoughCharacters` it stops after the paragraph that takes it past that many characters.
 */
export function paragraphText(tokens: Token[], options: { enoughCharacters?: number } = {}): string {
  const paragraphs: string[] = []
  // A code point is at most two UTF-16 units, so this many units hold more than enoughCharacters.
  const enoughUnits = options.enoughCharacters === undefined ? Infinity : 2 * options.enoughCharacters + 2
  let units = 0
  let listDepth = 0
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]
    if (listOpenings.has(token.type)) listDepth++
    else if (listClosings.has(token.type)) listDepth--
    if (listDepth > 0 || token.type !== 'inline' || tokens[index - 1].type !== 'paragraph_open') continue
    const children = (token.children ?? []).filter((child) => child.type !== 'image')
    const text = collapseWhitespace(textOfInline(children))
    if (!text) continue
    paragraphs.push(text)
    units += text.length + 1
    if (units >= enoughUnits) break
  }
  return paragraphs.join(' ')
}
