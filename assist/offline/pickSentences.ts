import type { RankedSentence } from './rankSentences'

/** Sentences scoring below this share of the best one are not worth their characters in an extract. */
const WORTH_KEEPING = 0.55

/**
 * An extract within `budget`: the best-ranked sentence that fits, then every other sentence worth keeping
 * that still fits, best first; returned in reading order. Empty when no sentence fits.
 */
export function pickSentences(args: { ranked: RankedSentence[]; budget: number; measure: (text: string) => number }): RankedSentence[] {
  const best = args.ranked.find((sentence) => args.measure(sentence.text) <= args.budget)
  if (best === undefined) return []
  const chosen = [best]
  let used = args.measure(best.text)
  for (const sentence of args.ranked) {
    if (sentence === best || sentence.score < best.score * WORTH_KEEPING) continue
    const cost = args.measure(sentence.text)
    if (used + cost > args.budget) continue
    chosen.push(sentence)
    used += cost
  }
  return chosen.sort((a, b) => a.order - b.order)
}
