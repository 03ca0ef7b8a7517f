import { countCharacters, exceedsCharacters } from './countText'

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' })

/**
 * Cuts text to at most `max` code points (ellipsis included), never inside a grapheme
 * (an emoji sequence or a letter with its accents stays whole).
 */
export function truncateText(args: { text: string; max: number; ellipsis?: string }): string {
  return cutText(args).text
}

const sentenceEnd = /[。！？!?；]/g

/**
 * Like truncateText, but when the cut falls mid-sentence and a sentence ends in the second half
 * of the kept text, ends there instead (no ellipsis needed).
 */
export function truncateAtSentence(args: { text: string; max: number; ellipsis: string }): string {
  const cut = cutText(args)
  if (!cut.truncated) return cut.text
  const kept = cut.text.slice(0, cut.text.length - args.ellipsis.length)
  const ends = [...kept.matchAll(sentenceEnd)]
  const lastEnd = ends.length > 0 ? (ends[ends.length - 1].index ?? 0) + 1 : 0
  return lastEnd >= kept.length / 2 ? kept.slice(0, lastEnd) : cut.text
}

function cutText(args: { text: string; max: number; ellipsis?: string }): { text: string; truncated: boolean } {
  const { text, max } = args
  const ellipsis = args.ellipsis ?? ''
  if (!exceedsCharacters(text, max)) return { text, truncated: false }
  const budget = max - countCharacters(ellipsis)
  if (budget <= 0) return { text: max >= countCharacters(ellipsis) ? ellipsis : '', truncated: true }
  let kept = ''
  let used = 0
  for (const { segment } of graphemes.segment(text)) {
    const size = countCharacters(segment)
    if (used + size > budget) break
    kept += segment
    used += size
  }
  return { text: kept.trimEnd() + ellipsis, truncated: true }
}
