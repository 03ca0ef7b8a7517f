import type { CollectionConfig, Endpoint } from 'payload'
import { storeFindingsOnSave } from '../compliance/storeFindingsOnSave'
import { renderEndpoint } from '../rendering/renderEndpoint'
import type { ContentSlug } from './applyTransition'
import { afterReturnToReview, returnToReviewOnEdit } from './returnToReviewOnEdit'
import { reviewInfoEndpoint } from './reviewInfoEndpoint'
import { transitionEndpoint } from './transitionEndpoint'

/** The review workflow, compliance scan and platform rendering that articles, videos and posters share. */
export function contentBehaviour(slug: ContentSlug, extraEndpoints: Endpoint[] = []): Pick<CollectionConfig, 'hooks' | 'endpoints'> {
  return {
    hooks: { beforeChange: [returnToReviewOnEdit, storeFindingsOnSave], afterChange: [afterReturnToReview] },
    endpoints: [...extraEndpoints, transitionEndpoint(slug), reviewInfoEndpoint(slug), renderEndpoint(slug)],
  }
}
