import type { OutgoingPart } from '../outgoingText'
import { normalizeForRepeats, shinglesOf, type NormalizedText } from './shingles'
import { simhash64 } from './simhash'

/** Below this many shingles a text is too short to call a repeat (two posters may share a slogan). */
export const MIN_SHINGLES = 20

/**
 * The parts the repeat check reads: the shared text a reader sees (titles, digest, body, headline,
 * copy, topics). Platform rewrites restate the same item, and slugs and alt texts say little.
 */
export function repeatParts(parts: readonly OutgoingPart[]): OutgoingPart[] {
  return parts.filter((part) => part.platform === undefined && part.slot !== 'slug' && part.slot !== 'alt')
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
export function fingerprintOf(parts: readonly OutgoingPart[]): string | null {
  const text = repeatTextOf(parts)
  const all = text.parts.flatMap((p) => p.shingles)
  return all.length >= MIN_SHINGLES ? simhash64(all) : null
}
