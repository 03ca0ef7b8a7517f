import type { Field } from 'payload'
import { fieldNobody } from '../access/predicates'

/** Findings of the last sensitive-word scan, stored on save; read-only through every API. */
export function findingsField(): Field {
  return {
    name: 'findings',
    type: 'json',
    label: { zh: '敏感词检查结果', en: 'Sensitive-word findings' },
    access: { create: fieldNobody, update: fieldNobody },
    admin: { readOnly: true, position: 'sidebar' },
  }
}
