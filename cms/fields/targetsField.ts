import type { Field } from 'payload'

export function targetsField(): Field {
  return {
    name: 'targets',
    type: 'relationship',
    relationTo: 'platform-accounts',
    hasMany: true,
    label: { zh: '发布账号', en: 'Publish to' },
    admin: { description: { zh: '审核通过后发布到这些平台账号', en: 'Platform accounts this item will be published to once approved' } },
  }
}
