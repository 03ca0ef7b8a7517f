import type { PackedWords } from './buildTrie'
import { CharKind, charKind, foldedCode } from './foldTable'

/** Negative codes in the per-code-unit class table; positive values are symbol ids. */
export const UnitClass = {
  /** A letter that occurs in no lexicon word: any word in progress is broken. */
  unknownLetter: 0,
  skip: -1,
  lineBreak: -2,
  hardBreak: -3,
  highSurrogate: -4,
} as const

/**
 * The alphabet of a lexicon: folded code points numbered 1..size, the most frequent first (which
 * keeps the double array dense). `unitClass` maps every UTF-16 code unit of the text straight to
 * its symbol id or to a UnitClass, folding included, so the scanner does one read per unit.
 */
export type SymbolTable = {
  size: number
  unitClass: Int32Array
  /** Symbol of a folded BMP code point (0 if not in the alphabet). */
  bmpSymbol: Int32Array
  /** Symbol of a folded astral code point (CJK extension ideographs). */
  astralSymbol: Map<number, number>
}

export function buildSymbolTable(words: readonly (readonly number[])[]): SymbolTable {
  const frequency = new Map<number, number>()
  for (const word of words) for (const codePoint of word) frequency.set(codePoint, (frequency.get(codePoint) ?? 0) + 1)
  const ordered = [...frequency.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const bmpSymbol = new Int32Array(0x10000)
  const astralSymbol = new Map<number, number>()
  ordered.forEach(([codePoint], index) => {
    if (codePoint < 0x10000) bmpSymbol[codePoint] = index + 1
    else astralSymbol.set(codePoint, index + 1)
  })
  const unitClass = new Int32Array(0x10000)
  for (let unit = 0; unit < 0x10000; unit++) {
    const kind = charKind[unit]
    if (kind === CharKind.letter) unitClass[unit] = bmpSymbol[foldedCode[unit]]
    else if (kind === CharKind.lineBreak) unitClass[unit] = UnitClass.lineBreak
    else if (kind === CharKind.hardBreak) unitClass[unit] = UnitClass.hardBreak
    else if (kind === CharKind.highSurrogate) unitClass[unit] = UnitClass.highSurrogate
    else unitClass[unit] = UnitClass.skip // separators, invisible characters, lone low surrogates
  }
  return { size: ordered.length, unitClass, bmpSymbol, astralSymbol }
}

/** All words as symbol ids, packed back to back (every code point is in the alphabet by construction). */
export function packWords(args: { table: SymbolTable; words: readonly (readonly number[])[] }): PackedWords {
  const { table, words } = args
  const offsets = new Int32Array(words.length + 1)
  for (let k = 0; k < words.length; k++) offsets[k + 1] = offsets[k] + words[k].length
  const symbols = new Int32Array(offsets[words.length])
  let at = 0
  for (const word of words) {
    for (const codePoint of word) {
      symbols[at++] = codePoint < 0x10000 ? table.bmpSymbol[codePoint] : (table.astralSymbol.get(codePoint) ?? 0)
    }
  }
  return { symbols, offsets }
}
