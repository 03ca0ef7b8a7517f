import type { PackedWords } from './buildTrie'
import { CharKind, charKind, foldedCode } from './foldTable'
import { variantTables } from './variants/variantTables'

/** Negative codes in the per-code-unit class table; positive values are symbol ids. */
export const UnitClass = {
  /** A letter that occurs in no lexicon word: any word in progress is broken. */
  unknownLetter: 0,
  skip: -1,
  lineBreak: -2,
  hardBreak: -3,
  highSurrogate: -4,
  /** A symbol that stands in for a letter (❤ for 信): skipped, and the second pass reads it as that letter. */
  standInSymbol: -5,
  /** A look-alike letter in no lexicon word (Cyrillic а): breaks a word, and the second pass reads it as the Latin letter. */
  standInLetter: -6,
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
  /** The second pass's table: as unitClass, with each stand-in read as the letter it stands for. */
  variantUnitClass: Int32Array
  /** Astral stand-ins (💗 for 信) → the symbol they stand for (0 if in no word). */
  astralStandIn: Map<number, number>
  /** By symbol: 1 when that letter doubled (稳稳) may be a repeat evasion, 0 when doubling it is ordinary (刚刚). */
  doubleIsEvasion: Uint8Array
}

/**
 * `variants`: whether any word matches look-alikes and repeated characters; without, stand-ins are
 * plain separators or unknown letters and no doubled letter starts a second pass.
 */
export function buildSymbolTable(words: readonly (readonly number[])[], variants = false): SymbolTable {
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
  const variantUnitClass = unitClass.slice()
  const astralStandIn = new Map<number, number>()
  const doubleIsEvasion = new Uint8Array(ordered.length + 1)
  if (variants) {
    const { standIns, ordinaryDoubles } = variantTables()
    const symbolOf = (codePoint: number) => (codePoint < 0x10000 ? bmpSymbol[codePoint] : (astralSymbol.get(codePoint) ?? 0))
    for (const [from, to] of standIns) {
      if (from >= 0x10000) {
        astralStandIn.set(from, symbolOf(to))
        continue
      }
      // A look-alike that is itself in a lexicon word (a Russian entry) keeps its own reading.
      if (unitClass[from] > 0) continue
      unitClass[from] = charKind[from] === CharKind.letter ? UnitClass.standInLetter : UnitClass.standInSymbol
      variantUnitClass[from] = symbolOf(to)
    }
    ordered.forEach(([codePoint], index) => {
      // Latin letters and digits double all the time (book, 100): a repeat there is read as written.
      const latinOrDigit = codePoint < 0x80
      doubleIsEvasion[index + 1] = ordinaryDoubles.has(codePoint) || latinOrDigit ? 0 : 1
    })
  }
  return { size: ordered.length, unitClass, bmpSymbol, astralSymbol, variantUnitClass, astralStandIn, doubleIsEvasion }
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
