import type { Field } from 'payload'
import { approvalFields } from './approvalFields'
import { campaignField } from './campaignField'
import { findingsField, fingerprintField } from './findingsField'
import { keepStoredOnRestore } from './keepStoredOnRestore'
import { ownerField } from './ownerField'
import { reviewStatusField } from './reviewStatusField'
import { reviewUiFields } from './reviewUiFields'
import { targetsField } from './targetsField'
import { topicField } from './topicField'

/** Fields every content collection (articles, videos, posters) shares. */
export function contentFields(): Field[] {
  const ui = reviewUiFields()
  return [
    ui.findings,
    ui.assist,
    ui.preview,
    campaignField(),
    topicField(),
    targetsField(),
    ui.sidebar,
    ui.publish,
    ownerField(),
    reviewStatusField(),
    ...approvalFields(),
    findingsField(),
    fingerprintField(),
  ].map(keepStoredOnRestore)
}

export const contentVersions = {
  drafts: { autosave: { interval: 2000 } },
  // Never pruned: the approved revision and the published one are pinned by id, and pruning the
  // oldest would take down the public page or a queued publish. Autosave rewrites its own draft
  // version in place, so the count grows with real saves only.
  maxPerDoc: 0,
} as const
