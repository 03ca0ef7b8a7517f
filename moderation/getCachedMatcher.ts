import { buildMatcher } from './buildMatcher'
import type { LexiconEntry, Matcher } from './types'

let cached: Matcher | null = null

/**
 * The matcher for a lexicon version, built once and reused while the version stays the same (one
 * slot: a new version replaces the old matcher, so a lexicon edit takes effect without a restart).
 * The caller derives `version` from the lexicon (e.g. the latest updatedAt plus the count).
 */
export function getCachedMatcher(args: { entries: readonly LexiconEntry[]; version: string }): Matcher {
  if (cached === null || cached.version !== args.version) {
    cached = buildMatcher({ entries: args.entries, version: args.version })
  }
  return cached
}
