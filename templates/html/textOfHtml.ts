import { countVisibleCharacters, isHighSurrogate, isLowSurrogate, isWhitespaceUnit } from '../text/countText'

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&nbsp;': '\u00a0' }
const entity = /&(?:amp|lt|gt|quot|nbsp);/g

/**
 * The "字数" of HTML that this package generated (tags well formed, text escaped with the entities
 * above; not for foreign HTML): visible characters of its text, tags and whitespace not counted.
 * One pass over the HTML in place, since a long body is counted on every render of the preview.
 */
export function countVisibleCharactersOfGeneratedHtml(html: string): number {
  let count = 0
  let index = 0
  while (index < html.length) {
    const unit = html.charCodeAt(index)
    if (unit === LESS_THAN) {
      const end = html.indexOf('>', index + 1)
      // An unclosed `<` is text, as in the definition (a tag is `<` … `>`).
      if (end === -1) return count + countVisibleCharacters(decodeEntities(html.slice(index)))
      index = end + 1
      continue
    }
    if (unit === AMPERSAND) {
      const name = entityAt(html, index)
      if (name !== null) {
        if (!isWhitespaceUnit(entities[name].charCodeAt(0))) count++
        index += name.length
        continue
      }
    }
    if (isHighSurrogate(unit) && isLowSurrogate(html.charCodeAt(index + 1))) {
      count++
      index += 2
      continue
    }
    if (!isWhitespaceUnit(unit)) count++
    index++
  }
  return count
}

const LESS_THAN = 0x3c
const AMPERSAND = 0x26
const entityNames = Object.keys(entities)

function entityAt(html: string, index: number): string | null {
  for (const name of entityNames) if (html.startsWith(name, index)) return name
  return null
}

function decodeEntities(text: string): string {
  return text.replace(entity, (match) => entities[match])
}
