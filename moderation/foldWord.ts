import { CharKind, charKind, foldAstral, foldedCode } from './foldTable'

/**
 * Folds a lexicon word exactly as the scanner folds text: the code points of its letters and
 * digits, folded (width, case, traditional → simplified); separators, invisible characters and
 * breaks are dropped, so `稳 赚`, `穩賺` and `稳赚` are the same word. Empty if nothing is left.
 */
export function foldWord(word: string): number[] {
  const folded: number[] = []
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    const kind = charKind[code]
    if (kind === CharKind.letter) folded.push(foldedCode[code])
    else if (kind === CharKind.highSurrogate) {
      const codePoint = word.codePointAt(i) ?? code
      if (codePoint < 0x10000) continue // lone surrogate
      i++
      const astral = foldAstral(codePoint)
      if (astral.kind === CharKind.letter) folded.push(astral.folded)
    }
  }
  return folded
}

/** The folded word as a string, e.g. for display or as a key. */
export function foldWordToString(word: string): string {
  return String.fromCodePoint(...foldWord(word))
}
