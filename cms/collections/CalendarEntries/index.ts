import type { CollectionConfig } from 'payload'
import { isEditorial, isLoggedIn } from '../../access/predicates'
import { fieldNobody } from '../../access/predicates'
import { optionsFrom } from '../../fields/options'
import { zonedDateField } from '../../fields/zonedDateField'

export const CALENDAR_STATE_LABELS = {
  planned: { zh: '已计划', en: 'Planned' },
  waiting_approval: { zh: '待审核', en: 'Waiting for approval' },
  scheduled: { zh: '已排期', en: 'Scheduled' },
  publishing: { zh: '发布中', en: 'Publishing' },
  published: { zh: '已发布', en: 'Published' },
  failed: { zh: '发布失败', en: 'Failed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
} as const

export const CalendarEntries: CollectionConfig = {
  slug: 'calendar-entries',
  labels: { singular: { zh: '排期', en: 'Calendar entry' }, plural: { zh: '排期日历', en: 'Calendar' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishAt', 'account', 'state', 'campaign'], group: { zh: '策划', en: 'Planning' } },
  access: { create: isEditorial, read: isLoggedIn, update: isEditorial, delete: isEditorial },
  fields: [
    { name: 'title', type: 'text', maxLength: 200, label: { zh: '排期说明', en: 'Label' } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true, label: { zh: '所属活动', en: 'Campaign' } },
    {
      name: 'content',
      type: 'relationship',
      relationTo: ['articles', 'videos', 'posters'],
      required: true,
      label: { zh: '内容', en: 'Content' },
    },
    { name: 'account', type: 'relationship', relationTo: 'platform-accounts', required: true, label: { zh: '发布账号', en: 'Account' } },
    zonedDateField({ name: 'publishAt', label: { zh: '发布时间', en: 'Publish at' }, required: true, index: true }),
    {
      name: 'state',
      type: 'select',
      options: optionsFrom(CALENDAR_STATE_LABELS),
      defaultValue: 'planned',
      required: true,
      index: true,
      label: { zh: '状态', en: 'State' },
      access: { create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
