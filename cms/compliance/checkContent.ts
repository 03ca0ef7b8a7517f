import type { Payload, PayloadRequest } from 'payload'
import type { ContentSlug } from '../content'
import { currentMatcher } from './lexiconSource'
import { mediaAltLookup } from './mediaAltLookup'
import { findRepeats } from './repeats/findRepeats'
import { scanContent, type StoredFinding } from './scanContent'

/**
 * What the review gate checks, with the lexicon as it is now: the words of every outgoing text (the
 * alt text of its media included) and the repeat check against the team's other items.
 */
export async function checkContent(args: {
  payload: Payload
  req?: PayloadRequest
  collection: ContentSlug
  id: string | number
  data: object
}): Promise<StoredFinding[]> {
  const { payload, req, collection, data } = args
  // The item's campaign adds its banned phrasings to the lexicon.
  const matcher = await currentMatcher(payload, { campaign: 'campaign' in data ? data.campaign : undefined, req })
  const media = await mediaAltLookup({ payload, req, collection, data })
  const repeats = await findRepeats({ payload, req, collection, id: args.id, data })
  return [...scanContent({ matcher, collection, data, media }), ...repeats.findings]
}
