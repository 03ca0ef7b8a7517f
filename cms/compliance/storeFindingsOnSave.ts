import type { CollectionBeforeChangeHook } from 'payload'
import { type ContentDoc, isContentSlug } from '../content'
import { boundFindings } from './boundFindings'
import { currentMatcher } from './lexiconSource'
import { mediaAltLookup } from './mediaAltLookup'
import { findRepeats } from './repeats/findRepeats'
import { scanContent } from './scanContent'

/**
 * Every save stores the findings of its outgoing text (all fields, variants and the alt text of its
 * media) and of the repeat check on the document, with the text's fingerprint: one row per word and
 * field, bounded, so a text full of forbidden words cannot swell every document and version.
 */
export const storeFindingsOnSave: CollectionBeforeChangeHook<ContentDoc> = async ({ collection, data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const { payload } = req
  // The item's campaign adds its banned phrasings to the lexicon.
  const matcher = await currentMatcher(payload, { campaign: 'campaign' in merged ? merged.campaign : undefined, req })
  const media = await mediaAltLookup({ payload, req, collection: collection.slug, data: merged })
  const words = scanContent({ matcher, collection: collection.slug, data: merged, media })
  const repeats = isContentSlug(collection.slug)
    ? await findRepeats({ payload, req, collection: collection.slug, id: originalDoc?.id, data: merged })
    : { fingerprint: null, findings: [] }
  return { ...data, findings: boundFindings({ rows: [...words, ...repeats.findings] }), fingerprint: repeats.fingerprint }
}
