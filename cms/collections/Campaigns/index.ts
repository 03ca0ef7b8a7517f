import type { CollectionConfig } from 'payload'
import type { Campaign } from '../../payload-types'
import { PLATFORM_LABELS } from '../../../lib/platforms'
import { editorialOrOwn, fieldNobody, hasAnyRole, isAdmin, isLoggedIn } from '../../access/predicates'
import { ownerField } from '../../fields/ownerField'
import { styleGuideFields } from '../../fields/styleGuideFields'
import { optionsFrom } from '../../fields/options'
import { zonedDateField } from '../../fields/zonedDateField'
import { targetFields } from '../../fields/targetFields'
import { budgetLinesField } from '../../fields/budgetLinesField'
import { deliverablesField } from '../../fields/deliverablesField'
import { guardBudget } from './hooks/guardBudget'
import { notifyPendingBudgetLines } from './hooks/notifyPendingBudgetLines'
import { saveAsTemplateEndpoint } from './endpoints/saveAsTemplateEndpoint'

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: { zh: '活动', en: 'Campaign' }, plural: { zh: '活动', en: 'Campaigns' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'startsAt', 'endsAt', 'owner'], group: { zh: '策划', en: 'Planning' } },
  access: {
    create: hasAnyRole('admin', 'editor', 'copywriter', 'designer'),
    read: isLoggedIn,
    update: editorialOrOwn({ authors: ['copywriter', 'designer'], field: 'owner' }),
    delete: isAdmin,
  },
  endpoints: [saveAsTemplateEndpoint],
  hooks: { beforeChange: [guardBudget], afterChange: [notifyPendingBudgetLines] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { zh: '活动名称', en: 'Name' } },
    { name: 'goal', type: 'textarea', label: { zh: '目标', en: 'Goal' } },
    {
      type: 'row',
      fields: [
        zonedDateField({ name: 'startsAt', label: { zh: '开始时间', en: 'Starts' } }),
        zonedDateField({
          name: 'endsAt',
          label: { zh: '结束时间', en: 'Ends' },
          validate: (value, { siblingData }: { siblingData: Partial<Campaign> }) => {
            const starts = siblingData.startsAt
            if (value && starts && new Date(value).getTime() < new Date(starts).getTime()) {
              return '结束时间不能早于开始时间'
            }
            return true
          },
        }),
      ],
    },
    {
      name: 'brief',
      type: 'textarea',
      label: { zh: '创意简报', en: 'Brief' },
      admin: { description: { zh: 'AI 辅助写作会参考这里的内容', en: 'The AI assist reads this brief' } },
    },
    {
      name: 'color',
      type: 'text',
      defaultValue: '#07c160',
      label: { zh: '日历颜色', en: 'Calendar colour' },
      validate: (value: unknown) =>
        value == null || value === '' || (typeof value === 'string' && HEX_COLOR.test(value))
          ? true
          : '颜色请用 #RRGGBB 格式，例如 #07c160',
    },
    { name: 'channels', type: 'select', hasMany: true, options: optionsFrom(PLATFORM_LABELS), label: { zh: '投放渠道', en: 'Channels' } },
    targetFields({ name: 'kpis', label: { zh: 'KPI 目标', en: 'KPI targets' }, scoped: true }),
    { name: 'campaignResults', type: 'ui', admin: { components: { Field: '/cms/admin/CampaignResults#CampaignResults' } } },
    budgetLinesField({ withSpend: true }),
    { name: 'budgetSummary', type: 'ui', admin: { components: { Field: '/cms/admin/CampaignPlan/BudgetSummary#BudgetSummary' } } },
    deliverablesField({ template: false }),
    {
      name: 'retro',
      type: 'group',
      label: { zh: '复盘', en: 'Retrospective' },
      admin: {
        description: { zh: '活动结束后填写；复盘页对照目标与结果', en: 'After the end date; the retro page sets targets against results' },
      },
      fields: [
        { name: 'retroLink', type: 'ui', admin: { components: { Field: '/cms/admin/CampaignRetro/RetroLink#RetroLink' } } },
        { name: 'whatWorked', type: 'textarea', label: { zh: '做得好的', en: 'What worked' } },
        { name: 'lessons', type: 'textarea', label: { zh: '经验教训', en: 'Lessons' } },
      ],
    },
    {
      name: 'template',
      type: 'relationship',
      relationTo: 'campaign-templates',
      label: { zh: '来自模板', en: 'From template' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'styleGuide',
      type: 'group',
      label: { zh: '本活动的写作风格（AI 辅助使用）', en: 'Style guide for this campaign (AI assist)' },
      admin: { description: { zh: '留空则使用全局「品牌语气」', en: 'Empty: the global brand voice applies' } },
      fields: styleGuideFields(),
    },
    ownerField(),
  ],
}
