import { CharKind, charKind } from './foldTable'

/**
 * A pinyin match may be split by spaces or hyphens only between syllables: wen zhuan and wen-zhuan
 * are 稳赚, but wen zhu an spells 问猪安 and is not. Invisible characters do not split a word. Checked
 * on each pinyin hit only (they are rare), so the scan itself stays one array read per character.
 */
export function splitsAtSyllables(args: { text: string; start: number; end: number; syllableEnds: readonly number[] }): boolean {
  const { text, start, end, syllableEnds } = args
  let letters = 0
  let split = false
  for (let i = start; i < end; i++) {
    const kind = charKind[text.charCodeAt(i)]
    if (kind === CharKind.letter) {
      if (split && !syllableEnds.includes(letters)) return false
      split = false
      letters++
    } else if (kind === CharKind.separator || kind === CharKind.lineBreak) split = letters > 0
  }
  return true
}
