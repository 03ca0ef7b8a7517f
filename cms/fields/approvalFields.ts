import type { Field } from 'payload'
import { fieldNobody } from '../access/predicates'

/** Set by the approve transition: the exact version publishing will use, and who approved it. */
export function approvalFields(): Field[] {
  return [
    {
      name: 'approvedVersion',
      type: 'text',
      label: { zh: '定稿版本', en: 'Approved version' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { zh: '审核通过时锁定，发布时使用这一版本', en: 'Pinned at approval; this version is what gets published' },
      },
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '审核人', en: 'Approved by' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'publishedVersion',
      type: 'text',
      label: { zh: '线上版本', en: 'Published version' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          zh: '公开页面展示的版本；发布后再修改不会影响它，直到新版本审核并发布',
          en: 'What the public page shows; later edits reach it only once approved and published',
        },
      },
    },
  ]
}
