import type { Payload, PayloadRequest } from 'payload'
import { buildMatcher, combineMatchers, type LexiconEntry, type Matcher } from '../../moderation'
import { relationId } from '../content'

/**
 * The style guides' banned phrasings as lexicon entries for what people write, not only for the AI:
 * the brand voice's apply to every item, a campaign's to the items of that campaign. Written "X→Y"
 * (or X->Y, X=>Y), the phrase X gets Y as its suggested replacement; otherwise none. They block, like
 * the 广告法 words: the campaign owner listed them as never to be used, the AI is told the same, and a
 * phrase that only needed a second look would belong in the 敏感词库 as 需审核确认 instead.
 */
const ARROW = /\s*(?:→|->|=>)\s*/

export function bannedPhraseEntries(args: { phrases: readonly unknown[]; scope: 'brand' | 'campaign' }): LexiconEntry[] {
  const category = args.scope === 'campaign' ? 'campaign-banned' : 'brand-banned'
  const label = args.scope === 'campaign' ? '活动禁用说法' : '品牌禁用说法'
  const entries: LexiconEntry[] = []
  for (const phrase of args.phrases) {
    if (typeof phrase !== 'string') continue
    const [word, replacement] = phrase.split(ARROW, 2).map((part) => part.trim())
    if (!word) continue
    entries.push({ word, category, severity: 'block', replacement: replacement || null, note: label, matchVariants: true })
  }
  return entries
}

const MAX_CACHED = 64
const scopedMatchers = new Map<string, Matcher>()
const combined = new Map<string, Matcher>()

/** A cache keyed by what the matcher is built from; the oldest entry goes first when it is full. */
function cached(cache: Map<string, Matcher>, key: string, build: () => Matcher): Matcher {
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value ?? '')
  const matcher = build()
  cache.set(key, matcher)
  return matcher
}

/**
 * The lexicon matcher with the brand's and (when given) the campaign's banned phrasings added. The
 * small scoped matcher is cached by its phrases (brand, campaign id and phrases), the combination by
 * (lexicon version, scoped version): a scan builds nothing while neither changes.
 */
export async function withScopedRules(args: {
  payload: Payload
  req?: PayloadRequest
  lexicon: Matcher
  campaign?: unknown
}): Promise<Matcher> {
  const { payload, req, lexicon } = args
  const campaignId = relationId(args.campaign)
  const [brand, campaign] = await Promise.all([
    payload.findGlobal({ slug: 'brand-voice', depth: 0, overrideAccess: true, req }),
    campaignId === null
      ? null
      : payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, disableErrors: true, req }),
  ])
  const entries = [
    ...bannedPhraseEntries({ phrases: campaign?.styleGuide?.bannedPhrases ?? [], scope: 'campaign' }),
    ...bannedPhraseEntries({ phrases: brand?.bannedPhrases ?? [], scope: 'brand' }),
  ]
  if (entries.length === 0) return lexicon
  const key = `c${campaignId ?? '-'}:${JSON.stringify(entries.map((entry) => [entry.word, entry.category, entry.replacement]))}`
  const scoped = cached(scopedMatchers, key, () => buildMatcher({ entries }))
  return cached(combined, `${lexicon.version}|${scoped.version}`, () => combineMatchers({ lexicon, scoped }))
}
