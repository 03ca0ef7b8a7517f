const whitespace = /\s/u

/** Characters as an editor counts them: Unicode code points (an emoji is one, not two). */
export function countCharacters(text: string): number {
  let count = 0
  for (const _character of text) count++
  return count
}

/** Code points that are not whitespace: the "字数" of a body. */
export function countVisibleCharacters(text: string): number {
  let count = 0
  for (const character of text) if (!whitespace.test(character)) count++
  return count
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
