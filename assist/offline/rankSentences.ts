import { countCharacters } from '../text/countLength'
import { endsWithSentencePunctuation, splitSentences } from '../text/splitSentences'
import { markdownBlocks } from '../text/stripMarkdown'
import { contentWords, wordFrequencies } from './keywords'

export type RankedSentence = {
  /** The sentence as it will appear in an extract: plain text, ending in sentence punctuation. */
  text: string
  /** Reading order in the article. */
  order: number
  score: number
}

/** Calls to action and housekeeping lines: rarely what an article is about. */
const housekeeping = /扫码|扫描|二维码|长按|点击|阅读原文|关注我们|关注公众号|点赞|在看|转发|留言|评论区|客服|小程序码|下方|文末|上图|下图/

/** "我们使用的是：" only makes sense with the list that follows it. */
const introducesList = /[：:]$/

const WEIGHTS = { keywords: 0.6, position: 0.4 }

/** The opening paragraphs say what an article is about; list items are details. */
function positionScore(args: { paragraph: number; indexInParagraph: number; paragraphs: number; isListItem: boolean }): number {
  if (args.isListItem) return 0.05
  if (args.paragraph === 0) return args.indexInParagraph === 0 ? 1 : 0.8
  if (args.paragraph === 1) return args.indexInParagraph === 0 ? 0.85 : 0.65
  if (args.indexInParagraph === 0) return args.paragraph === args.paragraphs - 1 ? 0.3 : 0.45
  return 0.15
}

/** Sentences of 18–60 characters read best in a digest; under 10 they say nothing, long ones crowd the rest out. */
function lengthFactor(characters: number): number {
  if (characters < 10) return 0
  if (characters < 18) return 0.5 + (characters - 10) / 16
  if (characters <= 60) return 1
  return Math.max(0.5, 1 - (characters - 60) / 160)
}

function asSentence(text: string): string {
  return endsWithSentencePunctuation(text) ? text : `${text.replace(/[，、；：,;:\s]+$/, '')}。`
}

/**
 * Scores every sentence of a Markdown article for extraction: how many of the article's frequent content
 * words it carries (title words count three times, heading words one and a half), where it stands (the
 * opening paragraphs first, then paragraph openings; list items last), scaled by how well its length suits
 * an extract (nothing under 10 characters). Questions and calls to action are discounted.
 * Returned best first; ties keep reading order.
 */
export function rankSentences(args: { markdown: string; title?: string }): RankedSentence[] {
  const blocks = markdownBlocks(args.markdown)
  const headings = blocks.filter((block) => block.kind === 'heading').map((block) => block.text)
  const bodyBlocks = blocks.filter((block) => block.kind !== 'heading')
  const paragraphs = bodyBlocks.map((block) => splitSentences(block.text))
  const frequencies = wordFrequencies(paragraphs.flat())
  const inTitle = new Set(contentWords(args.title ?? ''))
  const inHeadings = new Set(contentWords(headings.join('\n')))
  const weightOf = (word: string): number => (frequencies.get(word) ?? 0) * (inTitle.has(word) ? 3 : inHeadings.has(word) ? 1.5 : 1)

  const placed = paragraphs.flatMap((sentences, paragraph) =>
    sentences.map((sentence, indexInParagraph) => ({ sentence, paragraph, indexInParagraph })),
  )
  const candidates = placed
    .filter(({ sentence }) => !introducesList.test(sentence))
    .map(({ sentence, paragraph, indexInParagraph }) => {
      const distinct = [...new Set(contentWords(sentence))]
      const keywordMass = distinct.reduce((sum, word) => sum + (weightOf(word) > 1 ? weightOf(word) : 0), 0)
      const isListItem = bodyBlocks[paragraph].kind === 'list-item'
      return {
        text: asSentence(sentence),
        keywords: distinct.length > 0 ? keywordMass / Math.sqrt(distinct.length) : 0,
        position: positionScore({ paragraph, indexInParagraph, paragraphs: paragraphs.length, isListItem }),
        length: lengthFactor(countCharacters(sentence)),
      }
    })
  const strongest = Math.max(1e-9, ...candidates.map((candidate) => candidate.keywords))
  return candidates
    .map((candidate, order) => {
      let score = (WEIGHTS.keywords * (candidate.keywords / strongest) + WEIGHTS.position * candidate.position) * candidate.length
      if (/[？?]$/.test(candidate.text)) score *= 0.7
      if (housekeeping.test(candidate.text)) score *= 0.4
      return { text: candidate.text, order, score: Math.round(score * 1e6) / 1e6 }
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
}

/** Topic words for hashtags: the title's content words that recur in the body, most frequent first; else the body's most frequent word. */
export function topKeywords(args: { markdown: string; title?: string; limit: number }): string[] {
  const body = markdownBlocks(args.markdown).filter((block) => block.kind !== 'heading')
  const recurring = [...wordFrequencies(body.map((block) => block.text)).entries()]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))
    .map(([word]) => word)
  const inTitle = new Set(contentWords(args.title ?? ''))
  const fromTitle = recurring.filter((word) => inTitle.has(word))
  return (fromTitle.length > 0 ? fromTitle : recurring).slice(0, fromTitle.length > 0 ? args.limit : 1)
}
