import type { Field } from 'payload'

/**
 * The deliverables checklist. A campaign's rows have an owner, a due date and the item that
 * fulfils each; a template's rows are due a number of days after the campaign starts.
 */
export function deliverablesField(args: { template: boolean }): Field {
  return {
    name: 'deliverables',
    type: 'array',
    label: { zh: '交付清单', en: 'Deliverables' },
    labels: { singular: { zh: '交付物', en: 'Deliverable' }, plural: { zh: '交付物', en: 'Deliverables' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'title', type: 'text', required: true, maxLength: 120, label: { zh: '交付物', en: 'Deliverable' } },
          ...(args.template
            ? ([
                {
                  name: 'dueOffsetDays',
                  type: 'number',
                  min: -60,
                  max: 365,
                  label: { zh: '开始后第几天交付', en: 'Due (days after start)' },
                },
              ] satisfies Field[])
            : ([
                { name: 'owner', type: 'relationship', relationTo: 'users', label: { zh: '负责人', en: 'Owner' } },
                {
                  name: 'dueDate',
                  type: 'date',
                  label: { zh: '截止日期', en: 'Due' },
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
                },
                {
                  name: 'item',
                  type: 'relationship',
                  relationTo: ['articles', 'videos', 'posters', 'notes'],
                  label: { zh: '对应内容', en: 'Item' },
                },
              ] satisfies Field[])),
        ],
      },
    ],
  }
}
