import type { CollectionConfig, Endpoint } from 'payload'
import type { ContentSlug } from '../content'
import { storeFindingsOnSave } from '../compliance/storeFindingsOnSave'
import { renderEndpoint } from '../rendering/renderEndpoint'
import { guardAnonymousReads } from './guardAnonymousReads'
import { afterReturnToReview, returnToReviewOnEdit } from './returnToReviewOnEdit'
import { reviewInfoEndpoint } from './reviewInfoEndpoint'
import { servePublishedRevision } from './servePublishedRevision'
import { transitionEndpoint } from './transitionEndpoint'

/**
 * The review workflow, compliance scan and platform rendering that articles, videos and posters
 * share, and what keeps unreviewed content from anonymous readers (with `contentAccess`).
 */
export function contentBehaviour(slug: ContentSlug, extraEndpoints: Endpoint[] = []): Pick<CollectionConfig, 'hooks' | 'endpoints'> {
  return {
    hooks: {
      beforeOperation: [guardAnonymousReads],
      beforeRead: [servePublishedRevision],
      beforeChange: [returnToReviewOnEdit, storeFindingsOnSave],
      afterChange: [afterReturnToReview],
    },
    endpoints: [...extraEndpoints, transitionEndpoint(slug), reviewInfoEndpoint(slug), renderEndpoint(slug)],
  }
}
