import type { Payload, PayloadRequest } from 'payload'
import { defaultLexicon, getCachedMatcher, type LexiconEntry, type Matcher } from '../../moderation'
import { withScopedRules } from './scopedRules'

/**
 * The matcher for the lexicon as it is now: the shipped default lexicon overlaid with the team's
 * `sensitive-words` entries (a team entry for the same word wins; disabled entries remove it).
 * The version is read from the database on each call (count and newest edit), so an edit made in the
 * web process is seen by the worker too, without a restart; the automaton is rebuilt only then.
 * The brand voice's banned phrasings always apply, and `campaign` (the item's campaign, id or
 * document) adds that campaign's (scopedRules.ts). A save's hooks pass its `req`, which puts these reads
 * in the save's transaction (a hook opts in that way, Payload's transaction docs say): they see what the
 * save's transaction has written, on Postgres they take no second connection, and on SQLite they answer at
 * once while the save holds the file's write lock instead of waiting a turn of the event loop each.
 */
export async function currentMatcher(payload: Payload, scope?: { campaign?: unknown; req?: PayloadRequest }): Promise<Matcher> {
  const req = scope?.req
  return withScopedRules({ payload, req, lexicon: await lexiconMatcher(payload, req), campaign: scope?.campaign })
}

/** The matcher of the lexicon alone: shipped words and the team's `sensitive-words`. */
async function lexiconMatcher(payload: Payload, req: PayloadRequest | undefined): Promise<Matcher> {
  const [{ totalDocs }, newest] = await Promise.all([
    payload.count({ collection: 'sensitive-words', overrideAccess: true, req }),
    payload.find({
      collection: 'sensitive-words',
      overrideAccess: true,
      req,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      pagination: false,
      select: { updatedAt: true },
    }),
  ])
  const version = `${totalDocs}:${String(newest.docs[0]?.updatedAt ?? '')}`
  return getCachedMatcher({ version, entries: await entriesFor({ payload, req, version }) })
}

let loaded: { version: string; entries: LexiconEntry[] } | null = null

async function entriesFor(args: { payload: Payload; req?: PayloadRequest; version: string }): Promise<LexiconEntry[]> {
  if (loaded?.version === args.version) return loaded.entries
  const { docs } = await args.payload.find({
    collection: 'sensitive-words',
    overrideAccess: true,
    pagination: false,
    depth: 0,
    req: args.req,
  })
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
