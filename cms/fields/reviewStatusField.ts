import type { Field } from 'payload'
import { fieldNobody } from '../access/predicates'
import { REVIEW_STATE_LABELS } from '../workflow/reviewStates'
import { optionsFrom } from './options'

/**
 * The review state, which is the item's one status (the list column, the sidebar, the review bar):
 * written only by the transition endpoint (server code), never through an API.
 */
export function reviewStatusField(): Field {
  return {
    name: 'status',
    type: 'select',
    label: { zh: '状态', en: 'Status' },
    options: optionsFrom(REVIEW_STATE_LABELS),
    defaultValue: 'draft',
    required: true,
    index: true,
    // On Postgres a select is a named enum type, and `status` would take the name of the drafts'
    // `_status` enum (enum_<table>_status), leaving the review state only draft/published.
    enumName: ({ tableName }) => `enum_${tableName}_review_status`,
    access: { create: fieldNobody, update: fieldNobody },
    admin: { position: 'sidebar', readOnly: true },
  }
}
