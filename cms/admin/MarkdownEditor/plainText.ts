/**
 * The words a reader sees in a Markdown body: syntax (headings' #, emphasis marks, list and quote
 * markers, table pipes, link targets, images, HTML tags, fences) taken out. Pure and linear, so it
 * can run on a 100,000-character body between keystrokes.
 */
export function plainTextOfMarkdown(markdown: string): string {
  return (
    markdown
      // Code fences and horizontal rules carry no words; code inside a fence does count.
      .replace(/^\s{0,3}(```|~~~).*$/gm, '')
      .replace(/^\s{0,3}([-*_])(\s*\1){2,}\s*$/gm, '')
      // Images are pictures, not words; links keep their text.
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
      .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      .replace(/<[^>\n]+>/g, '')
      // Table separator rows, then the pipes of the other rows.
      .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
      .replace(/\|/g, ' ')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s{0,3}(>\s?)+/gm, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/gm, '')
      .replace(/(\*\*|__|~~|`)/g, '')
      .replace(/(^|[^\p{L}\p{N}])[*_]+|[*_]+(?=[^\p{L}\p{N}]|$)/gu, '$1')
  )
}

const HAN = /\p{Script=Han}/gu
// A Latin word: letters or digits, with inner apostrophes, hyphens, dots (don't, e-mail, 3.5).
const LATIN_WORD = /[\p{Script=Latin}\d]+(?:['’._-][\p{Script=Latin}\d]+)*/gu

/** 字数 as Chinese editors count it: each Chinese character is one, each Latin word or number is one. */
export function countWords(markdown: string): { han: number; latin: number; total: number } {
  const text = plainTextOfMarkdown(markdown)
  const han = text.match(HAN)?.length ?? 0
  const latin = text.match(LATIN_WORD)?.length ?? 0
  return { han, latin, total: han + latin }
}

/** Reading speeds behind 阅读时长: about 400 Chinese characters or 200 English words a minute. */
export const HAN_PER_MINUTE = 400
export const LATIN_WORDS_PER_MINUTE = 200

/** Whole minutes to read, rounded up; 0 only for an empty body. */
export function readingMinutes(counts: { han: number; latin: number }): number {
  const minutes = counts.han / HAN_PER_MINUTE + counts.latin / LATIN_WORDS_PER_MINUTE
  return minutes === 0 ? 0 : Math.max(1, Math.ceil(minutes))
}

export function readingTimeLabel(minutes: number): string {
  return minutes === 0 ? '—' : `约 ${minutes} 分钟`
}
