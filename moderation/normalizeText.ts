import { CharKind, charKind, foldAstral, foldedCode } from './foldTable'

/** Separates runs in normalised text: a character no folded lexicon word contains. */
export const RUN_BREAK = '\n'

/**
 * The normalise-first form of a text, by the same rules as the scanner: letters folded, separators
 * and invisible characters dropped, sentence ends and paragraph breaks turned into RUN_BREAK.
 * `origin[k]` is the original index of normalised code unit k, so a match [b, e) in `text` is
 * [origin[b], originEnd(e - 1)) in the original. The scanner does not use this (it folds inside
 * its one pass); it is here for the benchmark's "normalise first" design and for debugging.
 */
export function normalizeText(text: string): { text: string; origin: Int32Array } {
  const units = new Uint16Array(text.length)
  const origin = new Int32Array(text.length)
  let length = 0
  let lineBreaks = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const kind = charKind[code]
    if (kind === CharKind.letter) {
      units[length] = foldedCode[code]
      origin[length++] = i
      lineBreaks = 0
    } else if (kind === CharKind.hardBreak || (kind === CharKind.lineBreak && ++lineBreaks === 2)) {
      units[length] = RUN_BREAK.charCodeAt(0)
      origin[length++] = i
    } else if (kind === CharKind.highSurrogate) {
      const low = text.charCodeAt(i + 1)
      if (!(low >= 0xdc00 && low <= 0xdfff)) continue
      const folded = foldAstral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
      if (folded.kind === CharKind.letter) {
        lineBreaks = 0
        if (folded.folded < 0x10000) {
          units[length] = folded.folded
          origin[length++] = i
        } else {
          const offset = folded.folded - 0x10000
          units[length] = 0xd800 + (offset >> 10)
          origin[length++] = i
          units[length] = 0xdc00 + (offset & 0x3ff)
          origin[length++] = i
        }
      }
      i++
    }
  }
  const decoded = new TextDecoder('utf-16le').decode(units.subarray(0, length))
  return { text: decoded, origin: origin.subarray(0, length) }
}

/** End offset in the original text of the normalised code unit at `index`. */
export function originEnd(args: { original: string; origin: Int32Array; index: number }): number {
  const start = args.origin[args.index]
  const code = args.original.charCodeAt(start)
  return code >= 0xd800 && code <= 0xdbff ? start + 2 : start + 1
}
