import type { CollectionBeforeChangeHook } from 'payload'
import type { ContentDoc } from '../content'
import { boundFindings } from './boundFindings'
import { currentMatcher } from './lexiconSource'
import { scanContent } from './scanContent'

/**
 * Every save stores the findings of its text (all fields and variants) on the document: one row per
 * word and field, bounded, so a text full of forbidden words cannot swell every document and version.
 */
export const storeFindingsOnSave: CollectionBeforeChangeHook<ContentDoc> = async ({ collection, data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const matcher = await currentMatcher(req.payload)
  return { ...data, findings: boundFindings({ rows: scanContent({ matcher, collection: collection.slug, data: merged }) }) }
}
