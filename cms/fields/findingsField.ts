import type { Field, FieldHook } from 'payload'
import { JSON_FIELD_COMPONENT } from './jsonFieldAdmin'
import { fieldNobody } from '../access/predicates'

// A list has no use for every item's findings and would carry them for every row; one document's read keeps them.
const onlyOnSingleReads: FieldHook = ({ findMany, siblingData, value }) => {
  if (!findMany) return value
  // Returning undefined would keep the value: the key itself has to go.
  delete siblingData.findings
  return undefined
}

/**
 * Findings of the last sensitive-word scan, stored on save (one row per word and field, bounded);
 * read-only through every API, and left out of list responses.
 */
export function findingsField(): Field {
  return {
    name: 'findings',
    type: 'json',
    label: { zh: '敏感词检查结果', en: 'Sensitive-word findings' },
    access: { create: fieldNobody, update: fieldNobody },
    hooks: { afterRead: [onlyOnSingleReads] },
    // Shown live by the findings panel; the stored copy is for the API (the review gate scans afresh).
    admin: { readOnly: true, hidden: true, components: JSON_FIELD_COMPONENT },
  }
}

/**
 * A fingerprint of the item's outgoing text (SimHash), stored on save so the repeat check compares one
 * short value per item instead of reading every other item's text. Never written through an API.
 */
export function fingerprintField(): Field {
  return {
    name: 'fingerprint',
    type: 'text',
    label: { zh: '文本指纹', en: 'Text fingerprint' },
    access: { create: fieldNobody, update: fieldNobody },
    admin: { readOnly: true, hidden: true },
  }
}
