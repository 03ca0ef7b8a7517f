import type { ContentSlug } from '../../content'
import { type OutgoingPart, sharedTextFieldsOf } from '../outgoingText'
import { normalizeForRepeats, shinglesOf, type NormalizedText } from './shingles'
import { simhash64 } from './simhash'

/**
 * Below this many shingles (about 60 letters and digits) a text is not compared: short captions and
 * posters reuse set phrases (活动时间、满减规则、a slogan) on purpose, and a few shared phrases would
 * make most of such a text's shingles. A Weibo post of 60–140 characters is still compared.
 */
export const MIN_SHINGLES = 57

/** What the repeat check leaves out: bylines and a campaign's topics are shared on purpose; slugs and alt texts say little. */
const NOT_COMPARED: ReadonlySet<OutgoingPart['slot']> = new Set(['author', 'topic', 'slug', 'alt'])

/**
 * The parts the repeat check reads: the shared text a reader sees (titles, digest, body, headline,
 * copy). Platform rewrites restate the same item.
 */
export function repeatParts(parts: readonly OutgoingPart[]): OutgoingPart[] {
  return parts.filter((part) => part.platform === undefined && !NOT_COMPARED.has(part.slot))
}

/** The stored fields the repeat check reads of another item: what `repeatParts` keeps of it. */
export function repeatFieldsOf(collection: ContentSlug): string[] {
  return sharedTextFieldsOf(collection)
    .filter((field) => !NOT_COMPARED.has(field.slot))
    .map((field) => field.name)
}

export type RepeatText = { parts: { part: OutgoingPart; normalized: NormalizedText; shingles: string[] }[]; shingles: Set<string> }

export function repeatTextOf(parts: readonly OutgoingPart[]): RepeatText {
  const read = repeatParts(parts).map((part) => {
    const normalized = normalizeForRepeats(part.text)
    return { part, normalized, shingles: shinglesOf(normalized) }
  })
  return { parts: read, shingles: new Set(read.flatMap((p) => p.shingles)) }
}

/** The SimHash stored in `fingerprint`, or null for a text too short to compare. */
export function fingerprintOf(text: RepeatText): string | null {
  const all = text.parts.flatMap((p) => p.shingles)
  return all.length >= MIN_SHINGLES ? simhash64(all) : null
}
