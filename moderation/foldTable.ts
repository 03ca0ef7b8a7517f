import { buildTraditionalToSimplified } from './traditionalToSimplified'

/**
 * What a character is to the matcher. Computed once per process for the whole BMP, so that the
 * scanner decides with one array read per UTF-16 code unit.
 *
 * - letter: a letter or digit (CJK, Latin, ...), folded and matched.
 * - separator: spaces, punctuation, symbols, emoji, private-use and unassigned characters. Skipped
 *   inside a word: `稳 赚`, `稳.赚`, `稳**赚**`, `稳★赚` all read as 稳赚.
 * - invisible: zero-width and format characters, variation selectors, combining marks, control
 *   characters, Hangul fillers. Skipped like separators, and also ignored when testing whether an
 *   ASCII word touches another ASCII letter (see asciiBoundary.ts).
 * - lineBreak: one line break is skipped (Markdown joins soft-wrapped lines into one paragraph, so
 *   `稳\n赚` renders as 稳赚), but a second line break with no letter in between (a blank line, i.e.
 *   a paragraph break) ends any word in progress.
 * - hardBreak: the Chinese sentence enders 。！？｡ and the paragraph separator U+2029 end any word in
 *   progress: a word never spans two sentences ("收益很稳。赚钱..." must not read as 稳赚). ASCII . ! ?
 *   between CJK characters are decoration, not sentence ends, and are skipped.
 * - highSurrogate / lowSurrogate: halves of an astral code point, resolved by foldAstral().
 */
export const CharKind = {
  letter: 0,
  separator: 1,
  invisible: 2,
  lineBreak: 3,
  hardBreak: 4,
  highSurrogate: 5,
  lowSurrogate: 6,
} as const
export type CharKind = (typeof CharKind)[keyof typeof CharKind]

const isLetterOrDigit = /^[\p{L}\p{N}]$/u
const isInvisible = /^(?!\p{White_Space})[\p{Cf}\p{M}\p{Cc}]$/u
const HANGUL_FILLERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0])
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x85, 0x2028])
const HARD_BREAKS = new Set([0x3002, 0xff01, 0xff1f, 0xff61, 0x2029])

/** Ranges whose every code point is a letter that NFKC and lower-casing leave alone. */
function isPlainLetterRange(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // CJK Extension A
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xa000 && code <= 0xa48c) // Yi syllables
  )
}

/** NFKC (full-width → half-width, ① → 1, ⼀ → 一, compatibility ideographs) then lower case, one unit. */
function foldCompatibilityAndCase(char: string): string {
  const nfkc = char.normalize('NFKC')
  const compatible = [...nfkc].length === 1 ? nfkc : char
  const lower = compatible.toLowerCase()
  return [...lower].length === 1 ? lower : compatible
}

function buildBmpTables(): { foldedCode: Uint16Array; charKind: Uint8Array } {
  const foldedCode = new Uint16Array(0x10000)
  const charKind = new Uint8Array(0x10000)
  const toSimplified = buildTraditionalToSimplified()
  for (let code = 0; code < 0x10000; code++) {
    foldedCode[code] = code
    if (code >= 0xd800 && code <= 0xdbff) charKind[code] = CharKind.highSurrogate
    else if (code >= 0xdc00 && code <= 0xdfff) charKind[code] = CharKind.lowSurrogate
    else if (LINE_BREAKS.has(code)) charKind[code] = CharKind.lineBreak
    else if (HARD_BREAKS.has(code)) charKind[code] = CharKind.hardBreak
    else if (HANGUL_FILLERS.has(code)) charKind[code] = CharKind.invisible
    else if (isPlainLetterRange(code)) {
      // Ideographs, Hangul, Yi: letters with no compatibility or case mapping, only t→s.
      charKind[code] = CharKind.letter
      foldedCode[code] = toSimplified.get(code) ?? code
    } else if (code >= 0xe000 && code <= 0xf8ff) {
      charKind[code] = CharKind.separator // private use: no reading, treated as decoration
    } else {
      const char = String.fromCharCode(code)
      const folded = foldCompatibilityAndCase(char)
      if (isLetterOrDigit.test(folded) && folded.length === 1) {
        charKind[code] = CharKind.letter
        const unit = folded.charCodeAt(0)
        foldedCode[code] = toSimplified.get(unit) ?? unit
      } else {
        charKind[code] = isInvisible.test(char) ? CharKind.invisible : CharKind.separator
      }
    }
  }
  return { foldedCode, charKind }
}

const tables = buildBmpTables()
/** BMP code unit → folded code unit (meaningful for letters only). */
export const foldedCode: Uint16Array = tables.foldedCode
/** BMP code unit → CharKind. */
export const charKind: Uint8Array = tables.charKind

export type AstralFold = { kind: CharKind; folded: number }
const astralCache = new Map<number, AstralFold>()

/**
 * Folds an astral code point (U+10000 and up): mathematical alphanumerics (𝐕, 𝗏) fold to ASCII,
 * other letters (CJK extension B+ ideographs) stay themselves, emoji and other symbols are
 * separators, tag characters and the like are invisible. Cached: astral text is rare.
 */
export function foldAstral(codePoint: number): AstralFold {
  const cached = astralCache.get(codePoint)
  if (cached !== undefined) return cached
  const char = String.fromCodePoint(codePoint)
  const folded = foldCompatibilityAndCase(char)
  const foldedPoint = folded.codePointAt(0) ?? codePoint
  let result: AstralFold
  if (foldedPoint < 0x10000) {
    const kind = charKind[foldedPoint] as CharKind
    result = { kind: kind === CharKind.letter ? kind : CharKind.separator, folded: foldedCode[foldedPoint] }
  } else if (isLetterOrDigit.test(folded)) result = { kind: CharKind.letter, folded: foldedPoint }
  else result = { kind: isInvisible.test(char) ? CharKind.invisible : CharKind.separator, folded: foldedPoint }
  astralCache.set(codePoint, result)
  return result
}
