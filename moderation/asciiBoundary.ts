import { CharKind, charKind, foldedCode } from './foldTable'

/**
 * ASCII words need word boundaries: a lexicon entry `sb` must not flag `usb` or `sbox`, and `qq`
 * must not flag `qqq`. A word whose first (last) folded character is an ASCII letter only matches
 * when the character before (after) it in the text is not an ASCII letter; the same for digits.
 * A letter next to a digit is a boundary, so 加v must still match 加v12345. Invisible characters
 * (zero-width space, variation selectors ...) are looked through. CJK needs no such rule: Chinese
 * has no spaces between words.
 */
export const AsciiClass = { none: 0, letter: 1, digit: 2 } as const
export type AsciiClass = (typeof AsciiClass)[keyof typeof AsciiClass]

export function asciiClassOf(foldedCodePoint: number): AsciiClass {
  if (foldedCodePoint >= 0x61 && foldedCodePoint <= 0x7a) return AsciiClass.letter
  if (foldedCodePoint >= 0x30 && foldedCodePoint <= 0x39) return AsciiClass.digit
  return AsciiClass.none
}

function classAt(text: string, index: number, readAs?: (unit: number) => number): AsciiClass {
  const code = text.charCodeAt(index)
  const stood = readAs?.(code) ?? 0
  if (stood > 0) return asciiClassOf(stood)
  return charKind[code] === CharKind.letter ? asciiClassOf(foldedCode[code]) : AsciiClass.none
}

/**
 * True when the match [start, end) does not continue an ASCII run of the same class on either side.
 * `readAs` (the second pass) reads look-alike neighbours as the letters they stand for (0: as written),
 * so that Cyrillic сор in сорт is not the Latin word cop.
 */
export function hasAsciiBoundaries(args: {
  text: string
  start: number
  end: number
  startClass: AsciiClass
  endClass: AsciiClass
  readAs?: (unit: number) => number
}): boolean {
  const { text, start, end, startClass, endClass, readAs } = args
  if (startClass !== AsciiClass.none) {
    let before = start - 1
    while (before >= 0 && charKind[text.charCodeAt(before)] === CharKind.invisible) before--
    if (before >= 0 && classAt(text, before, readAs) === startClass) return false
  }
  if (endClass !== AsciiClass.none) {
    let after = end
    while (after < text.length && charKind[text.charCodeAt(after)] === CharKind.invisible) after++
    if (after < text.length && classAt(text, after, readAs) === endClass) return false
  }
  return true
}
