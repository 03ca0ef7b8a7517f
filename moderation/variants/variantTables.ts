import { foldWordToString } from '../foldWord'
import { ordinaryDoubledCharacters } from './doubledCharacters'
import { homophoneForms, lookalikeCapitals, lookalikeLetters, symbolStandIns } from './homophones'
import { splitCharacters } from './splitCharacters'

/** One way to respell part of a folded word: `length` code points from a position become `replacement`. */
export type Respelling = { target: string; replacement: string; kind: 'homophone' | 'split' }

const firstCodePoint = (text: string): number => text.codePointAt(0) ?? 0

/** The shipped tables in the matcher's folded form, built once per process. */
function buildTables() {
  const respellings: Respelling[] = []
  for (const { target, forms } of homophoneForms) {
    const folded = foldWordToString(target)
    for (const form of forms) respellings.push({ target: folded, replacement: foldWordToString(form), kind: 'homophone' })
  }
  const splitsByCharacter = new Map<string, string>()
  for (const [character, parts] of Object.entries(splitCharacters))
    splitsByCharacter.set(foldWordToString(character), foldWordToString(parts))
  /** Code unit (or astral code point) → the code point it stands for, for look-alike letters and symbol stand-ins. */
  const standIns = new Map<number, number>()
  for (const [from, to] of Object.entries(lookalikeLetters)) {
    standIns.set(firstCodePoint(from), firstCodePoint(to))
    standIns.set(firstCodePoint(from.toUpperCase()), firstCodePoint(to))
  }
  for (const [from, to] of Object.entries(lookalikeCapitals)) standIns.set(firstCodePoint(from), firstCodePoint(to))
  for (const [from, to] of Object.entries(symbolStandIns)) standIns.set(firstCodePoint(from), firstCodePoint(to))
  const ordinaryDoubles = new Set<number>([...ordinaryDoubledCharacters.replace(/\s+/g, '')].map(firstCodePoint))
  return { respellings, splitsByCharacter, standIns, ordinaryDoubles }
}

let tables: ReturnType<typeof buildTables> | null = null

export function variantTables(): ReturnType<typeof buildTables> {
  tables ??= buildTables()
  return tables
}
