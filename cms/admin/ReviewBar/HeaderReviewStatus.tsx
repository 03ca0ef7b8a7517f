'use client'
import { useFormFields } from '@payloadcms/ui'
import { REVIEW_STATES, type ReviewState } from '../../workflow/reviewStates'
import { reviewStateLabel } from '../labels'

const isReviewState = (value: unknown): value is ReviewState => REVIEW_STATES.some((state) => state === value)

/**
 * The header's status slot (a collection's `admin.components.edit.Status`): the review state of the
 * item as loaded, in place of Payload's draft/published wording.
 */
export function HeaderReviewStatus() {
  const status = useFormFields(([fields]) => fields.status?.value)
  if (!isReviewState(status)) return null
  return (
    <p style={{ margin: 0 }}>
      <span style={{ opacity: 0.7 }}>状态：</span>
      <strong data-testid="header-review-status">{reviewStateLabel(status)}</strong>
    </p>
  )
}
