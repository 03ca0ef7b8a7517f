import { countCharacters } from '../text/countLength'
import { fitToLength } from '../text/fitToLength'
import type { FitCut } from '../text/fitToLength'
import { pickSentences } from './pickSentences'
import { rankSentences } from './rankSentences'
import type { RankedSentence } from './rankSentences'

/**
 * A digest by extraction, no model: the best-ranked sentences that fit within `max` characters, in
 * reading order. The best sentence that fits alone is always in; when no sentence fits, the best one is
 * cut at a clause. Markdown is removed; the result ends at a sentence boundary unless it had to be cut.
 */
export function extractDigest(args: { markdown: string; title?: string; max: number }): {
  text: string
  sentences: RankedSentence[]
  cut: FitCut
} {
  const ranked = rankSentences({ markdown: args.markdown, title: args.title })
  if (ranked.length === 0) return { text: '', sentences: [], cut: 'none' }
  const picked = pickSentences({ ranked, budget: args.max, measure: countCharacters })
  if (picked.length === 0) {
    const fitted = fitToLength({ text: ranked[0].text, max: args.max })
    return { text: fitted.text, sentences: [ranked[0]], cut: fitted.cut }
  }
  return { text: picked.map((sentence) => sentence.text).join(''), sentences: picked, cut: 'none' }
}
