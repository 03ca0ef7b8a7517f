import { pinyin } from 'pinyin-pro'
import type { PinyinMatching } from './types'

/** A pinyin spelling of a word: its letters, and after how many letters each syllable ends. */
export type PinyinForm = { letters: string; syllableEnds: number[]; initials: boolean }

const IDEOGRAPH = /\p{Script=Han}/u
const syllableCache = new Map<string, string[] | null>()
const CACHE_LIMIT = 100_000

/**
 * The syllables of a folded word, one per character: pinyin-pro's reading in the word's context
 * (银行 → yin hang, 长期 → chang qi), ü written v as people type it; other letters and digits stay
 * themselves. Null when the word has no Chinese character. Cached: pinyin-pro costs tens of µs a word.
 */
function syllablesOf(folded: string): string[] | null {
  const cached = syllableCache.get(folded)
  if (cached !== undefined) return cached
  const characters = [...folded]
  let result: string[] | null = null
  if (characters.some((char) => IDEOGRAPH.test(char))) {
    const readings = pinyin(folded, { toneType: 'none', type: 'array', v: true, nonZh: 'spaced' })
    // pinyin-pro gives one item per character here; anything else means a reading we cannot align.
    if (readings.length === characters.length) {
      result = readings.map((reading, index) => (IDEOGRAPH.test(characters[index]) ? reading.toLowerCase() : characters[index]))
    }
  }
  if (syllableCache.size >= CACHE_LIMIT) syllableCache.clear()
  syllableCache.set(folded, result)
  return result
}

/**
 * The pinyin spellings of a folded word for its `matchPinyin` setting: `full` gives the syllables run
 * together (wenzhuanbupei; the matcher skips spaces and hyphens, so wen zhuan bu pei and Wen-Zhuan-Bu-Pei
 * read the same) and, where a ü is written v, the same with u; `initials` adds the first letter of
 * each syllable (wzbp). Letters and digits of the word that are not Chinese stay as they are.
 */
export function pinyinForms(args: { folded: string; matching: PinyinMatching | undefined }): PinyinForm[] {
  if (args.matching !== 'full' && args.matching !== 'initials') return []
  const syllables = syllablesOf(args.folded)
  if (syllables === null) return []
  const forms: PinyinForm[] = []
  const add = (parts: string[], initials: boolean) => {
    const syllableEnds: number[] = []
    let length = 0
    for (const part of parts) syllableEnds.push((length += part.length))
    const letters = parts.join('')
    if (!forms.some((form) => form.letters === letters)) forms.push({ letters, syllableEnds, initials })
  }
  add(syllables, false)
  if (syllables.some((syllable) => syllable.includes('v') && syllable.length > 1)) {
    add(
      syllables.map((syllable) => (syllable.length > 1 ? syllable.replaceAll('v', 'u') : syllable)),
      false,
    )
  }
  if (args.matching === 'initials')
    add(
      syllables.map((syllable) => syllable[0]),
      true,
    )
  return forms
}
