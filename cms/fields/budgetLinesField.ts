import type { Field } from 'payload'
import { PLATFORM_LABELS } from '../../lib/platforms'
import { fieldAdmin, fieldNobody } from '../access/predicates'
import { BUDGET_APPROVAL_LABELS, BUDGET_CATEGORY_LABELS } from '../planning/planningLabels'
import { optionsFrom } from './options'

/**
 * Budget lines in yuan. `withSpend`: a campaign's lines record what was spent and whether an admin
 * approved a line above 策划设置's threshold; a template keeps the plan only.
 */
export function budgetLinesField(args: { withSpend: boolean }): Field {
  return {
    name: 'budgetLines',
    type: 'array',
    label: { zh: '预算', en: 'Budget' },
    labels: { singular: { zh: '预算项', en: 'Budget line' }, plural: { zh: '预算项', en: 'Budget lines' } },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'category',
            type: 'select',
            required: true,
            options: optionsFrom(BUDGET_CATEGORY_LABELS),
            label: { zh: '类别', en: 'Category' },
          },
          { name: 'channel', type: 'select', options: optionsFrom(PLATFORM_LABELS), label: { zh: '渠道', en: 'Channel' } },
          { name: 'label', type: 'text', maxLength: 80, label: { zh: '说明', en: 'Description' } },
          { name: 'planned', type: 'number', required: true, min: 0, label: { zh: '计划（元）', en: 'Planned (yuan)' } },
          ...(args.withSpend
            ? ([
                { name: 'spent', type: 'number', min: 0, defaultValue: 0, label: { zh: '已花（元）', en: 'Spent (yuan)' } },
              ] satisfies Field[])
            : []),
        ],
      },
      ...(args.withSpend
        ? ([
            {
              type: 'row',
              fields: [
                {
                  // Set by the campaign's budget rule; only an admin decides a pending line.
                  name: 'approval',
                  type: 'select',
                  defaultValue: 'not_needed',
                  options: optionsFrom(BUDGET_APPROVAL_LABELS),
                  label: { zh: '审批', en: 'Approval' },
                  access: { create: fieldAdmin, update: fieldAdmin },
                },
                {
                  name: 'approvedBy',
                  type: 'relationship',
                  relationTo: 'users',
                  label: { zh: '审批人', en: 'Decided by' },
                  access: { create: fieldNobody, update: fieldNobody },
                  admin: { readOnly: true },
                },
                {
                  name: 'approvedAt',
                  type: 'date',
                  label: { zh: '审批时间', en: 'Decided at' },
                  access: { create: fieldNobody, update: fieldNobody },
                  admin: { readOnly: true },
                },
              ],
            },
          ] satisfies Field[])
        : []),
    ],
  }
}
