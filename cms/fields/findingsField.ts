import type { Field } from 'payload'
import { JSON_FIELD_COMPONENT } from './jsonFieldAdmin'
import { fieldNobody } from '../access/predicates'

/** Findings of the last sensitive-word scan, stored on save; read-only through every API. */
export function findingsField(): Field {
  return {
    name: 'findings',
    type: 'json',
    label: { zh: '敏感词检查结果', en: 'Sensitive-word findings' },
    access: { create: fieldNobody, update: fieldNobody },
    // Shown live by the findings panel; the stored copy is for the API and the review gate.
    admin: { readOnly: true, hidden: true, components: JSON_FIELD_COMPONENT },
  }
}
