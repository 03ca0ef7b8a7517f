import type { CollectionConfig } from 'payload'
import { PLATFORM_LABELS } from '../../../lib/platforms'
import { fieldNobody, isAdmin, isEditorial, isLoggedIn } from '../../access/predicates'
import { budgetLinesField } from '../../fields/budgetLinesField'
import { deliverablesField } from '../../fields/deliverablesField'
import { optionsFrom } from '../../fields/options'
import { targetFields } from '../../fields/targetFields'
import { createFromTemplateEndpoint } from './endpoints/createFromTemplateEndpoint'

/**
 * 案例库: a finished campaign saved with its 复盘 (targets against results, what worked, lessons), and a
 * template for the next one: POST /:id/create { name, startsAt } makes a campaign with its checklist.
 */
export const CampaignTemplates: CollectionConfig = {
  slug: 'campaign-templates',
  labels: { singular: { zh: '活动案例', en: 'Campaign template' }, plural: { zh: '案例库', en: 'Case library' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sourceCampaign', 'durationDays', 'updatedAt'],
    group: { zh: '策划', en: 'Planning' },
  },
  access: { create: isEditorial, read: isLoggedIn, update: isEditorial, delete: isAdmin },
  endpoints: [createFromTemplateEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { zh: '案例名称', en: 'Name' } },
    {
      name: 'sourceCampaign',
      type: 'relationship',
      relationTo: 'campaigns',
      label: { zh: '来源活动', en: 'From campaign' },
      access: { update: fieldNobody },
    },
    { name: 'goal', type: 'textarea', label: { zh: '目标', en: 'Goal' } },
    { name: 'brief', type: 'textarea', label: { zh: '创意简报', en: 'Brief' } },
    { name: 'channels', type: 'select', hasMany: true, options: optionsFrom(PLATFORM_LABELS), label: { zh: '投放渠道', en: 'Channels' } },
    { name: 'durationDays', type: 'number', min: 1, max: 366, label: { zh: '活动天数', en: 'Length (days)' } },
    targetFields({ name: 'kpis', label: { zh: 'KPI 目标', en: 'KPI targets' }, scoped: true }),
    budgetLinesField({ withSpend: false }),
    deliverablesField({ template: true }),
    { name: 'whatWorked', type: 'textarea', label: { zh: '做得好的', en: 'What worked' } },
    { name: 'lessons', type: 'textarea', label: { zh: '经验教训', en: 'Lessons' } },
    {
      // Targets against results at the time it was saved: the case keeps its numbers when metrics are re-read.
      name: 'results',
      type: 'json',
      label: { zh: '目标与结果（存档）', en: 'Targets vs results (snapshot)' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true },
    },
  ],
}
