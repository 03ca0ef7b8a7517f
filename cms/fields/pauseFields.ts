import type { Field } from 'payload'
import { fieldNobody } from '../access/predicates'

/**
 * A stop button for a crisis (舆情): while `active`, the worker sends nothing in its scope; queued
 * deliveries wait. `by` and `at` are stamped by the server when the pause is switched on.
 */
export function pauseFields(): Field[] {
  return [
    { name: 'active', type: 'checkbox', defaultValue: false, label: { zh: '暂停发布', en: 'Pause publishing' } },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 500,
      label: { zh: '暂停原因', en: 'Reason' },
      admin: { description: { zh: '团队在日历和首页会看到这段说明', en: 'The team sees this on the calendar and the home page' } },
    },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '操作人', en: 'By' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true },
    },
    {
      name: 'at',
      type: 'date',
      label: { zh: '暂停时间', en: 'Since' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true },
    },
  ]
}
