import type { Payload } from 'payload'
import { defaultLexicon, getCachedMatcher, type LexiconEntry, type Matcher } from '../../moderation'
import { withScopedRules } from './scopedRules'

/**
 * The matcher for the lexicon as it is now: the shipped default lexicon overlaid with the team's
 * `sensitive-words` entries (a team entry for the same word wins; disabled entries remove it).
 * The version is read from the database on each call (count and newest edit), so an edit made in the
 * web process is seen by the worker too, without a restart; the automaton is rebuilt only then.
 * The brand voice's banned phrasings always apply, and `campaign` (the item's campaign, id or
 * document) adds that campaign's (scopedRules.ts).
 */
export async function currentMatcher(payload: Payload, scope?: { campaign?: unknown }): Promise<Matcher> {
  return withScopedRules({ payload, lexicon: await lexiconMatcher(payload), campaign: scope?.campaign })
}

/** The matcher of the lexicon alone: shipped words and the team's `sensitive-words`. */
async function lexiconMatcher(payload: Payload): Promise<Matcher> {
  const [{ totalDocs }, newest] = await Promise.all([
    payload.count({ collection: 'sensitive-words', overrideAccess: true }),
    payload.find({
      collection: 'sensitive-words',
      overrideAccess: true,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      pagination: false,
      select: { updatedAt: true },
    }),
  ])
  const version = `${totalDocs}:${String(newest.docs[0]?.updatedAt ?? '')}`
  return getCachedMatcher({ version, entries: await entriesFor({ payload, version }) })
}

let loaded: { version: string; entries: LexiconEntry[] } | null = null

async function entriesFor(args: { payload: Payload; version: string }): Promise<LexiconEntry[]> {
  if (loaded?.version === args.version) return loaded.entries
  const { docs } = await args.payload.find({ collection: 'sensitive-words', overrideAccess: true, pagination: false, depth: 0 })
  const team = new Map<string, { entry: LexiconEntry; enabled: boolean }>()
  for (const doc of docs) {
    const word = (doc.word ?? '').trim()
    if (!word) continue
    team.set(word, {
      enabled: doc.enabled !== false,
      entry: {
        word,
        category: doc.category ?? 'other',
        severity: doc.severity,
        replacement: doc.replacement ?? null,
        matchPinyin: doc.matchPinyin ?? 'off',
        matchVariants: doc.matchVariants !== false,
      },
    })
  }
  const entries = defaultLexicon.filter((e) => !team.has(e.word))
  for (const { entry, enabled } of team.values()) if (enabled) entries.push(entry)
  loaded = { version: args.version, entries }
  return entries
}
