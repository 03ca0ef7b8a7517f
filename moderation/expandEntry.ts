import { pinyinForms } from './pinyinForms'
import type { Evasion, PinyinMatching } from './types'
import { variantTables } from './variants/variantTables'

/** Another spelling of an entry that the automaton holds as a word of its own, reporting the entry. */
export type ExpandedForm = { text: string; evasion: Evasion; syllableEnds: number[] | null }

/** Respellings per entry are capped: a long word full of listed characters must not blow up the automaton. */
const MAX_RESPELLINGS = 24

/**
 * Every respelling of a folded word from the shipped homophone and split-character tables (each
 * listed part either as written or respelled, in every combination, up to MAX_RESPELLINGS).
 */
function respellingsOf(folded: string): ExpandedForm[] {
  const { respellings, splitsByCharacter } = variantTables()
  const options: { at: number; length: number; replacement: string; kind: 'homophone' | 'split' }[] = []
  for (const respelling of respellings) {
    for (let at = folded.indexOf(respelling.target); at >= 0; at = folded.indexOf(respelling.target, at + 1)) {
      options.push({ at, length: respelling.target.length, replacement: respelling.replacement, kind: respelling.kind })
    }
  }
  for (let at = 0; at < folded.length; at++) {
    const parts = splitsByCharacter.get(folded[at])
    if (parts !== undefined) options.push({ at, length: 1, replacement: parts, kind: 'split' })
  }
  if (options.length === 0) return []
  const forms: ExpandedForm[] = []
  const walk = (at: number, built: string, kind: 'homophone' | 'split' | null) => {
    if (forms.length >= MAX_RESPELLINGS) return
    if (at >= folded.length) {
      if (kind !== null) forms.push({ text: built, evasion: kind, syllableEnds: null })
      return
    }
    walk(at + 1, built + folded[at], kind)
    for (const option of options) {
      if (option.at === at) walk(at + option.length, built + option.replacement, kind === 'homophone' ? kind : option.kind)
    }
  }
  walk(0, '', null)
  return forms
}

/**
 * The extra spellings of one entry, by its settings: pinyin (full syllables, initials) and, unless
 * `matchVariants` is false, homophones and split characters. Look-alike letters and repeated
 * characters are not spelled out here: the scanner reads them in its second pass (runVariantPass).
 */
export function expandEntry(args: { folded: string; matchPinyin: PinyinMatching | undefined; matchVariants: boolean }): ExpandedForm[] {
  const forms: ExpandedForm[] = []
  for (const form of pinyinForms({ folded: args.folded, matching: args.matchPinyin })) {
    forms.push({ text: form.letters, evasion: form.initials ? 'initials' : 'pinyin', syllableEnds: form.syllableEnds })
  }
  if (args.matchVariants) forms.push(...respellingsOf(args.folded))
  return forms
}
