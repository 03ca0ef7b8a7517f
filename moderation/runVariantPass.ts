import type { Automaton } from './buildAutomaton'
import { UnitClass } from './buildSymbolTable'
import type { SymbolTable } from './buildSymbolTable'
import { CharKind, foldAstral } from './foldTable'
import { appendTuple, type Triggers } from './runAutomaton'
import type { Evasion } from './types'

const EVASION_CODES: readonly Evasion[] = ['lookalike', 'repeat']

/** Hits of the second pass: `data` holds `count` quadruples (word, start, end, evasion code: 0 look-alike, 1 repeat). */
export type VariantHits = { count: number; data: Int32Array }

export const evasionOfCode = (code: number): Evasion => EVASION_CODES[code]

/**
 * The second pass, over the windows around the first pass's triggers only: each stand-in is read as
 * the letter it stands for (саsino → casino, V❤ → V信) and a letter that repeats the one before it is
 * skipped like a separator (稳稳赚 → 稳赚; 刚刚 and the other ordinary doubles are read as written).
 * Nothing is copied, so offsets stay those of the original text. Only hits that span at least one
 * stand-in or skipped repeat are kept, so nothing the first pass found is reported twice; whether
 * the word's entry allows variants is decided by the caller.
 */
export function createVariantRunner(args: {
  automaton: Automaton
  symbols: SymbolTable
  wordLengths: Int32Array
}): (text: string, triggers: Triggers) => VariantHits {
  const { base, check, fail, report, wordAt } = args.automaton
  const { unitClass, variantUnitClass, bmpSymbol, astralSymbol, astralStandIn, doubleIsEvasion } = args.symbols
  const wordLengths = args.wordLengths
  let maxLength = 1
  for (const length of wordLengths) if (length > maxLength) maxLength = length
  let ringSize = 2
  while (ringSize < maxLength + 2) ringSize *= 2
  const ring = new Int32Array(ringSize).fill(-1)
  const mask = ringSize - 1
  const hits: VariantHits = { count: 0, data: new Int32Array(4 * 64) }

  return (text: string, triggers: Triggers): VariantHits => {
    hits.count = 0
    if (triggers.count === 0) return hits
    const length = text.length
    let next = 0 // the next trigger not yet passed
    let i = triggers.data[0]
    let state = 0
    let letters = 0
    let previous = 0
    let lastLineBreak = -1
    let lastVariant = -1 // original index of the latest stand-in or skipped repeat
    let lastVariantKind = 0
    let lettersSinceTrigger = 0
    for (; i < length; i++) {
      while (next < triggers.count && triggers.data[next * 2 + 1] <= i) {
        next++
        lettersSinceTrigger = 0
      }
      // Past every word that could run through the last trigger: jump to the next window, if any.
      if (lettersSinceTrigger > maxLength) {
        if (next >= triggers.count) break
        const windowStart = triggers.data[next * 2]
        if (windowStart > i) {
          i = windowStart
          state = 0
          previous = 0
          lastVariant = -1
        }
        lettersSinceTrigger = 0
      }
      const unit = text.charCodeAt(i)
      let symbol = variantUnitClass[unit]
      const firstClass = unitClass[unit]
      let variantKind = firstClass === UnitClass.standInSymbol || firstClass === UnitClass.standInLetter ? 0 : -1
      if (symbol <= 0) {
        if (symbol === UnitClass.skip) continue
        if (symbol === UnitClass.unknownLetter || symbol === UnitClass.hardBreak) {
          state = 0
          previous = 0
          lettersSinceTrigger++
          continue
        }
        if (symbol === UnitClass.lineBreak) {
          if (lastLineBreak > ring[letters & mask]) state = 0
          lastLineBreak = i
          continue
        }
        const low = text.charCodeAt(i + 1)
        if (!(low >= 0xdc00 && low <= 0xdfff)) continue
        const codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000
        const standIn = astralStandIn.get(codePoint)
        if (standIn !== undefined) {
          symbol = standIn
          variantKind = 0
        } else {
          const folded = foldAstral(codePoint)
          if (folded.kind !== CharKind.letter) {
            i++
            continue
          }
          symbol = folded.folded < 0x10000 ? bmpSymbol[folded.folded] : (astralSymbol.get(folded.folded) ?? 0)
        }
        ring[++letters & mask] = i
        i++
      } else {
        if (symbol === previous && doubleIsEvasion[symbol] === 1) {
          lastVariant = i
          lastVariantKind = 1
          continue
        }
        ring[++letters & mask] = i
      }
      lettersSinceTrigger++
      previous = symbol
      if (variantKind >= 0) {
        lastVariant = i
        lastVariantKind = variantKind
      }
      if (symbol === 0) {
        state = 0
        continue
      }
      let target = base[state] + symbol
      while (check[target] !== state) {
        if (state === 0) {
          target = 0
          break
        }
        state = fail[state]
        target = base[state] + symbol
      }
      state = target
      for (let found = report[state]; found >= 0; found = report[fail[found]]) {
        const word = wordAt[found]
        const start = ring[(letters - wordLengths[word] + 1) & mask]
        if (lastVariant >= start) appendTuple(hits, 4, [word, start, i + 1, lastVariantKind])
      }
    }
    return hits
  }
}
