/** One block of an article's running text, Markdown removed. */
export type TextBlock = { kind: 'heading' | 'paragraph' | 'list-item' | 'quote'; text: string }

const fence = /^\s*(`{3,}|~{3,})/
const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/
const setextUnderline = /^\s{0,3}(=+|-+)\s*$/
const thematicBreak = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/
const listItem = /^\s*(?:[-*+]|\d{1,3}[.)、])\s+(?:\[[ xX]\]\s+)?(.*)$/
const quote = /^\s{0,3}>\s?(.*)$/
const tableRow = /^\s*\|.*\|\s*$|^\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/
const referenceDefinition = /^\s{0,3}\[[^\]]+\]:\s+\S+/
const isAscii = /[\x21-\x7e]/

/** A link's destination in parentheses, which may itself hold one level of balanced parentheses (…/a_(b)). */
const destination = String.raw`\((?:[^()\n]|\([^()\n]*\))*\)`
const inlineImage = new RegExp(String.raw`!\[[^\]]*\]` + destination, 'g')
const inlineLink = new RegExp(String.raw`\[([^\]]*)\]` + destination, 'g')

/** Inline Markdown and HTML to plain text: images dropped, links and emphasis reduced to their text (a link's words are kept). */
export function stripInline(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(inlineImage, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(inlineLink, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(`+)([^`]*?)\1/g, '$2')
    .replace(/(\*\*\*|___)(\S[\s\S]*?)\1/g, '$2')
    .replace(/(\*\*|__)(\S[\s\S]*?)\1/g, '$2')
    .replace(/\*(\S[^*]*?)\*/g, '$1')
    .replace(/(^|[^\w])_(\S[^_]*?)_(?!\w)/g, '$1$2')
    .replace(/~~(\S[\s\S]*?)~~/g, '$1')
    .replace(/==(\S[\s\S]*?)==/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

function joinLines(lines: string[]): string {
  return lines.reduce((joined, line) => {
    if (!joined) return line
    const spaced = isAscii.test(joined.slice(-1)) && isAscii.test(line.slice(0, 1))
    return joined + (spaced ? ' ' : '') + line
  }, '')
}

/** The article's blocks in order; code blocks, tables, link definitions and images are left out. */
export function markdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = []
  let pending: { kind: TextBlock['kind']; lines: string[] } | null = null
  let inFence: string | null = null
  const flush = (): void => {
    if (pending === null) return
    const text = stripInline(joinLines(pending.lines.map((line) => line.trim())))
    if (text) blocks.push({ kind: pending.kind, text })
    pending = null
  }
  const start = (kind: TextBlock['kind'], line: string): void => {
    flush()
    pending = { kind, lines: [line] }
  }
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMatch = fence.exec(line)
    if (inFence !== null) {
      if (fenceMatch && fenceMatch[1][0] === inFence[0] && fenceMatch[1].length >= inFence.length) inFence = null
      continue
    }
    if (fenceMatch) {
      flush()
      inFence = fenceMatch[1]
      continue
    }
    if (!line.trim() || tableRow.test(line) || referenceDefinition.test(line)) {
      flush()
      continue
    }
    const headingMatch = heading.exec(line)
    if (headingMatch) {
      start('heading', headingMatch[2])
      flush()
      continue
    }
    const current = pending as { kind: TextBlock['kind']; lines: string[] } | null
    if (setextUnderline.test(line) && current?.kind === 'paragraph') {
      current.kind = 'heading'
      flush()
      continue
    }
    if (thematicBreak.test(line)) {
      flush()
      continue
    }
    const listMatch = listItem.exec(line)
    if (listMatch) {
      start('list-item', listMatch[1])
      continue
    }
    const quoteMatch = quote.exec(line)
    if (quoteMatch) {
      if (current?.kind === 'quote') current.lines.push(quoteMatch[1])
      else start('quote', quoteMatch[1])
      continue
    }
    if (current === null || current.kind === 'heading') start('paragraph', line)
    else current.lines.push(line)
  }
  flush()
  return blocks
}

/** Plain text of a Markdown article: one block per line. */
export function stripMarkdown(markdown: string): string {
  return markdownBlocks(markdown)
    .map((block) => block.text)
    .join('\n')
}
