import type { GlobalConfig } from 'payload'
import { fieldAdmin, isEditorial, isLoggedIn } from '../access/predicates'
import { DEFAULT_PILLARS } from '../planning/planningLabels'

/** The team's planning rules: its content pillars, the weekly 专题 count and the budget line an admin must approve. */
export const PlanningSettings: GlobalConfig = {
  slug: 'planning-settings',
  label: { zh: '策划设置', en: 'Planning settings' },
  admin: { group: { zh: '策划', en: 'Planning' } },
  access: { read: isLoggedIn, update: isEditorial },
  fields: [
    {
      name: 'pillars',
      type: 'array',
      label: { zh: '内容栏目', en: 'Content pillars' },
      labels: { singular: { zh: '栏目', en: 'Pillar' }, plural: { zh: '栏目', en: 'Pillars' } },
      defaultValue: DEFAULT_PILLARS.map((name) => ({ name })),
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 40, label: { zh: '栏目名称', en: 'Name' } }],
    },
    {
      name: 'featuresPerWeek',
      type: 'number',
      min: 0,
      max: 14,
      defaultValue: 1,
      label: { zh: '每周专题数', en: 'Features a week' },
    },
    {
      name: 'budgetApprovalThreshold',
      type: 'number',
      min: 0,
      defaultValue: 5000,
      label: { zh: '预算审批线（元）', en: 'Budget approval threshold (yuan)' },
      admin: { description: { zh: '单项预算超过此金额需管理员批准', en: 'A budget line above this needs an admin' } },
      access: { update: fieldAdmin },
    },
  ],
}
