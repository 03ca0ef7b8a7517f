import { countCharacters } from '../text/countLength'
import { fitToLength } from '../text/fitToLength'
import { markdownBlocks } from '../text/stripMarkdown'
import { rankSentences } from './rankSentences'

export type ExtractedTitle = { text: string; angle: string }

/** Under this many characters a line names nothing a reader would open. */
const MIN_TITLE = 6

/** A sentence as a title: no closing full stop, cut at a clause (no ellipsis) when over `max`, or nothing. */
function asTitle(sentence: string, max: number): string | null {
  const plain = sentence.trim().replace(/[。.！!；;]+$/, '')
  const fitted = countCharacters(plain) <= max ? plain : fitToLength({ text: plain, max, ellipsis: '' }).text.replace(/[，、：,:]+$/, '')
  return countCharacters(fitted) >= MIN_TITLE && countCharacters(fitted) <= max ? fitted : null
}

/**
 * Title candidates by rules, no model: the article's subheadings, its opening sentence, then its key
 * sentences, each within `max` characters; none repeats the current title or another candidate.
 */
export function extractTitles(args: { markdown: string; title?: string; max: number; count: number }): ExtractedTitle[] {
  const blocks = markdownBlocks(args.markdown)
  const headings = blocks.filter((block) => block.kind === 'heading').map((block) => block.text)
  const ranked = rankSentences({ markdown: args.markdown, title: args.title })
  const opening = [...ranked].sort((a, b) => a.order - b.order)[0]
  const candidates: { text: string; angle: string }[] = [
    ...headings.map((text) => ({ text, angle: '取自小标题' })),
    ...(opening ? [{ text: opening.text, angle: '取自开头' }] : []),
    ...ranked.map((sentence) => ({ text: sentence.text, angle: '取自要点' })),
  ]
  const seen = new Set([args.title?.trim() ?? ''])
  const titles: ExtractedTitle[] = []
  for (const candidate of candidates) {
    const text = asTitle(candidate.text, args.max)
    if (text === null || seen.has(text)) continue
    seen.add(text)
    titles.push({ text, angle: candidate.angle })
    if (titles.length === args.count) break
  }
  return titles
}
