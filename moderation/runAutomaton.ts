import type { Automaton } from './buildAutomaton'
import { UnitClass } from './buildSymbolTable'
import type { SymbolTable } from './buildSymbolTable'
import { CharKind, foldAstral } from './foldTable'

const LONE_SURROGATE = -100

/** Raw occurrences: `data` holds `count` triples (word index, start, end) in original offsets. */
export type RawHits = { count: number; data: Int32Array }

/**
 * Where the second pass must look: `count` pairs (window start, position) of a stand-in character
 * (a look-alike letter, ❤) or a doubled letter that may be a repeat evasion (稳稳赚). Positions ascend.
 */
export type Triggers = { count: number; data: Int32Array }

export type FirstPass = { hits: RawHits; triggers: Triggers }

/** A growable buffer of int tuples, reused between scans. */
export function appendTuple(buffer: { count: number; data: Int32Array }, width: number, values: readonly number[]): void {
  if ((buffer.count + 1) * width > buffer.data.length) {
    const grown = new Int32Array(buffer.data.length * 2)
    grown.set(buffer.data)
    buffer.data = grown
  }
  const at = buffer.count * width
  for (let k = 0; k < width; k++) buffer.data[at + k] = values[k]
  buffer.count++
}

/**
 * Creates the one-pass scanner. Folding is in the class table (one read per UTF-16 unit) and
 * separator skipping is "do not move": the automaton state is kept across separators, so nothing
 * is normalised or copied. A ring buffer remembers the original index of the last letters read,
 * which turns a word of n letters ending here into its original start offset.
 *
 * It also notes, for the second pass (runVariantPass), every stand-in character and every doubled
 * letter that may be a repeat, with where a word through it could start: one compare per letter.
 *
 * The returned function reuses its hit buffer and ring between calls (scans are synchronous), so
 * a scan allocates nothing per character; callers must copy the hits out before scanning again.
 */
export function createAutomatonRunner(args: {
  automaton: Automaton
  symbols: SymbolTable
  wordLengths: Int32Array
}): (text: string) => FirstPass {
  const { base, check, fail, report, wordAt } = args.automaton
  const { unitClass, bmpSymbol, astralSymbol, astralStandIn, doubleIsEvasion } = args.symbols
  const wordLengths = args.wordLengths
  let maxLength = 1
  for (const length of wordLengths) if (length > maxLength) maxLength = length
  let ringSize = 2
  while (ringSize < maxLength + 2) ringSize *= 2
  const ring = new Int32Array(ringSize).fill(-1)
  const mask = ringSize - 1
  const hits: RawHits = { count: 0, data: new Int32Array(3 * 256) }
  const triggers: Triggers = { count: 0, data: new Int32Array(2 * 64) }
  const result: FirstPass = { hits, triggers }
  /** A trigger at i: a word through it starts at most maxLength letters back. */
  const trigger = (i: number, letters: number) => {
    const back = letters - maxLength
    appendTuple(triggers, 2, [back >= 1 ? ring[back & mask] : 0, i])
  }

  const record = (word: number, start: number, end: number) => {
    if ((hits.count + 1) * 3 > hits.data.length) {
      const grown = new Int32Array(hits.data.length * 2)
      grown.set(hits.data)
      hits.data = grown
    }
    const at = hits.count * 3
    hits.data[at] = word
    hits.data[at + 1] = start
    hits.data[at + 2] = end
    hits.count++
  }

  /** Symbol of the astral code point at index i (a high surrogate), or a UnitClass. */
  const astralClass = (text: string, i: number): number => {
    const low = text.charCodeAt(i + 1)
    if (!(low >= 0xdc00 && low <= 0xdfff)) return LONE_SURROGATE
    const codePoint = ((text.charCodeAt(i) - 0xd800) << 10) + (low - 0xdc00) + 0x10000
    if (astralStandIn.has(codePoint)) return UnitClass.standInSymbol
    const folded = foldAstral(codePoint)
    if (folded.kind !== CharKind.letter) return UnitClass.skip
    return folded.folded < 0x10000 ? bmpSymbol[folded.folded] : (astralSymbol.get(folded.folded) ?? 0)
  }

  return (text: string): FirstPass => {
    hits.count = 0
    triggers.count = 0
    const length = text.length
    let state = 0
    let letters = 0
    let previous = 0
    let lastLineBreak = -1
    for (let i = 0; i < length; i++) {
      let symbol = unitClass[text.charCodeAt(i)]
      if (symbol <= 0) {
        if (symbol === UnitClass.skip) continue
        if (symbol === UnitClass.unknownLetter) {
          state = 0
          previous = 0
          continue
        }
        if (symbol === UnitClass.lineBreak) {
          // A second line break with no letter since the first one: a paragraph break.
          if (lastLineBreak > ring[letters & mask]) state = 0
          lastLineBreak = i
          continue
        }
        if (symbol === UnitClass.hardBreak) {
          state = 0
          previous = 0
          continue
        }
        if (symbol === UnitClass.standInSymbol) {
          trigger(i, letters)
          continue
        }
        if (symbol === UnitClass.standInLetter) {
          trigger(i, letters)
          state = 0
          previous = 0
          continue
        }
        symbol = astralClass(text, i) // high surrogate
        if (symbol === LONE_SURROGATE) continue
        if (symbol === UnitClass.skip) {
          i++ // emoji and other astral symbols: skip both halves
          continue
        }
        if (symbol === UnitClass.standInSymbol) {
          trigger(i, letters)
          i++
          continue
        }
        ring[++letters & mask] = i
        i++
        previous = symbol
        if (symbol === UnitClass.unknownLetter) {
          state = 0
          continue
        }
      } else {
        if (symbol === previous && doubleIsEvasion[symbol] === 1) trigger(i, letters)
        previous = symbol
        ring[++letters & mask] = i
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
        record(word, ring[(letters - wordLengths[word] + 1) & mask], i + 1)
      }
    }
    return result
  }
}
