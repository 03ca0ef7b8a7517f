import type { Field } from 'payload'
import { campaignField } from './campaignField'
import { findingsField } from './findingsField'
import { ownerField } from './ownerField'
import { reviewStatusField } from './reviewStatusField'
import { targetsField } from './targetsField'

/** Fields every content collection (articles, videos, posters) shares. */
export function contentFields(): Field[] {
  return [campaignField(), targetsField(), ownerField(), reviewStatusField(), findingsField()]
}

export const contentVersions = {
  drafts: { autosave: { interval: 2000 } },
  maxPerDoc: 100,
} as const
