import type { CollectionConfig } from 'payload'
import { fieldNobody, isAdmin, isEditorial, isLoggedIn } from '../../access/predicates'
import { optionsFrom } from '../../fields/options'
import { ownerField } from '../../fields/ownerField'
import { lastYearEndpoint } from './endpoints/lastYearEndpoint'
import { FESTIVAL_CALENDAR_LABELS, FESTIVAL_KIND_LABELS, SOLAR_TERM_LABELS } from '../../planning/planningLabels'

/**
 * 节点: a date the team plans around every year, by its rule (公历 11-11, 农历 八月十五, 节气 清明),
 * so its date is computed for any year. The lead time opens preparation: its owner (or the editors)
 * is reminded once per occurrence, with the checklist.
 */
export const Festivals: CollectionConfig = {
  slug: 'festivals',
  labels: { singular: { zh: '节点', en: 'Festival' }, plural: { zh: '节点', en: 'Festivals' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'calendar', 'month', 'day', 'leadDays', 'owner'],
    group: { zh: '策划', en: 'Planning' },
  },
  access: { create: isEditorial, read: isLoggedIn, update: isEditorial, delete: isAdmin },
  endpoints: [lastYearEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 40, label: { zh: '节点名称', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'calendar',
          type: 'select',
          required: true,
          defaultValue: 'solar',
          options: optionsFrom(FESTIVAL_CALENDAR_LABELS),
          label: { zh: '历法', en: 'Calendar' },
        },
        { name: 'month', type: 'number', min: 1, max: 12, label: { zh: '月', en: 'Month' } },
        { name: 'day', type: 'number', min: 1, max: 31, label: { zh: '日', en: 'Day' } },
        { name: 'term', type: 'select', options: optionsFrom(SOLAR_TERM_LABELS), label: { zh: '节气', en: 'Solar term' } },
      ],
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'marketing',
      options: optionsFrom(FESTIVAL_KIND_LABELS),
      label: { zh: '类型', en: 'Kind' },
    },
    {
      name: 'leadDays',
      type: 'number',
      required: true,
      min: 0,
      max: 120,
      defaultValue: 14,
      label: { zh: '提前准备（天）', en: 'Lead time (days)' },
      admin: { description: { zh: '例如双11提前 27 天，10 月 15 日开始准备', en: 'E.g. 27 days before 11-11: start on 10-15' } },
    },
    {
      name: 'checklist',
      type: 'array',
      label: { zh: '准备清单', en: 'Checklist' },
      labels: { singular: { zh: '事项', en: 'Task' }, plural: { zh: '事项', en: 'Tasks' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'task', type: 'text', required: true, maxLength: 120, label: { zh: '事项', en: 'Task' } },
            {
              name: 'daysBefore',
              type: 'number',
              min: 0,
              max: 120,
              label: { zh: '节点前几天完成', en: 'Days before' },
            },
          ],
        },
      ],
    },
    { name: 'lastYear', type: 'ui', admin: { components: { Field: '/cms/admin/Planning/FestivalLastYear#FestivalLastYear' } } },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Enabled' } },
    ownerField({ label: { zh: '负责人', en: 'Owner' } }),
    {
      // The occurrence (YYYY-MM-DD) whose lead time was last announced: a reminder goes out once.
      name: 'remindedFor',
      type: 'text',
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true, position: 'sidebar' },
      label: { zh: '已提醒的日期', en: 'Reminded for' },
    },
  ],
}
