import type { CollectionBeforeChangeHook } from 'payload'
import { currentMatcher } from './lexiconSource'
import { scanContent } from './scanContent'

/** Every save stores the findings of its text (all fields and variants) on the document. */
export const storeFindingsOnSave: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const matcher = await currentMatcher(req.payload)
  return { ...data, findings: scanContent({ matcher, collection: collection.slug, data: merged }) }
}
