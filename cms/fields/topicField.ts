import type { Field } from 'payload'
import { fieldNobody } from '../access/predicates'

/** The 选题 an item was started from; written only by "start writing". */
export function topicField(): Field {
  return {
    name: 'topic',
    type: 'relationship',
    relationTo: 'topics',
    index: true,
    label: { zh: '来自选题', en: 'From topic' },
    access: { create: fieldNobody, update: fieldNobody },
    admin: { readOnly: true, position: 'sidebar' },
  }
}
