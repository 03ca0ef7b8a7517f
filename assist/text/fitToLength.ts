import { clauseEnds, sentenceEnds } from './splitSentences'
import { measureLength } from './countLength'
import type { LengthMeasure } from './countLength'

/** Where the text was cut: not at all, after a whole sentence, after a clause (ellipsis added), or mid-clause. */
export type FitCut = 'none' | 'sentence' | 'clause' | 'hard'

const trailingClausePunctuation = /[，、；：,;:｜|—\s]+$/
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' })

/** The longest prefix ending at one of `ends` whose measure stays within `max`. */
function longestPrefix(args: {
  text: string
  ends: number[]
  fits: (candidate: string) => boolean
  shape: (prefix: string) => string
}): string {
  let best = ''
  for (const end of args.ends) {
    const candidate = args.shape(args.text.slice(0, end))
    if (!candidate) continue
    if (!args.fits(candidate)) break
    best = candidate
  }
  return best
}

function hardCut(args: { text: string; ellipsis: string; fits: (candidate: string) => boolean }): string {
  let kept = ''
  for (const { segment } of graphemes.segment(args.text)) {
    if (!args.fits(kept + segment + args.ellipsis)) break
    kept += segment
  }
  const trimmed = kept.trimEnd()
  return trimmed && args.fits(trimmed + args.ellipsis) ? trimmed + args.ellipsis : trimmed
}

/**
 * Fits text within `max` (code points, or Weibo's count) by cutting at the last sentence end that keeps at
 * least half the budget, else at the last clause end (with an ellipsis), else at any sentence or clause end,
 * else mid-clause. Never returns more than `max`.
 */
export function fitToLength(args: { text: string; max: number; measure?: LengthMeasure; ellipsis?: string }): {
  text: string
  cut: FitCut
} {
  const measure = args.measure ?? 'characters'
  const ellipsis = args.ellipsis ?? '…'
  const text = args.text.trim()
  const fits = (candidate: string): boolean => measureLength({ text: candidate, measure }) <= args.max
  if (fits(text)) return { text, cut: 'none' }

  const bySentence = longestPrefix({ text, ends: sentenceEnds(text), fits, shape: (prefix) => prefix.trim() })
  const byClause = longestPrefix({
    text,
    ends: clauseEnds(text),
    fits,
    shape: (prefix) => {
      const kept = prefix.trim().replace(trailingClausePunctuation, '')
      return kept ? kept + ellipsis : ''
    },
  })
  const half = args.max / 2
  const sentenceLength = measureLength({ text: bySentence, measure })
  const clauseLength = measureLength({ text: byClause, measure })
  if (bySentence && sentenceLength >= half) return { text: bySentence, cut: 'sentence' }
  if (byClause && clauseLength >= half) return { text: byClause, cut: 'clause' }
  if (bySentence) return { text: bySentence, cut: 'sentence' }
  if (byClause) return { text: byClause, cut: 'clause' }
  return { text: hardCut({ text, ellipsis, fits }), cut: 'hard' }
}
