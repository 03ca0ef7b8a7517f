import type { CollectionConfig, Endpoint } from 'payload'
import type { ContentSlug } from '../content'
import { storeFindingsOnSave } from '../compliance/storeFindingsOnSave'
import { renderEndpoint } from '../rendering/renderEndpoint'
import { cleanUpOnCreate, hideEmptyDrafts } from './emptyDrafts'
import { guardAnonymousReads } from './guardAnonymousReads'
import { refuseDeleteWithHistory } from './refuseDeleteWithHistory'
import { afterReturnToReview, returnToReviewOnEdit } from './returnToReviewOnEdit'
import { reviewInfoEndpoint } from './reviewInfoEndpoint'
import { servePublishedRevision } from './servePublishedRevision'
import { transitionEndpoint } from './transitionEndpoint'

/**
 * The review workflow, compliance scan and platform rendering that articles, videos and posters
 * share, what keeps unreviewed content from anonymous readers (with `contentAccess`), and what keeps
 * the empty drafts 创建新条目 leaves out of every list and clears them after a day.
 */
export function contentBehaviour(slug: ContentSlug, extraEndpoints: Endpoint[] = []): Pick<CollectionConfig, 'hooks' | 'endpoints'> {
  return {
    hooks: {
      beforeOperation: [guardAnonymousReads, hideEmptyDrafts(slug)],
      beforeRead: [servePublishedRevision],
      beforeChange: [returnToReviewOnEdit, storeFindingsOnSave],
      afterChange: [afterReturnToReview, cleanUpOnCreate(slug)],
      beforeDelete: [refuseDeleteWithHistory(slug)],
    },
    endpoints: [...extraEndpoints, transitionEndpoint(slug), reviewInfoEndpoint(slug), renderEndpoint(slug)],
  }
}
