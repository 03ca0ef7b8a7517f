import type { CollectionConfig } from 'payload'
import { titleVariantField } from '../../fields/titleCandidateFields'
import { accountScope } from '../../access/accountAssignment'
import { hasAnyRole, isLoggedIn } from '../../access/predicates'
import { fieldAdmin, fieldNobody } from '../../access/predicates'
import { PUSH_MODE_LABELS } from '../../../lib/platforms'
import { optionsFrom } from '../../fields/options'
import { zonedDateField } from '../../fields/zonedDateField'
import { afterEntryChange, cancelOnEntryDelete } from './hooks/afterEntryChange'
import { guardAssignedAccounts } from './hooks/guardAssignedAccounts'
import { normaliseIds } from './hooks/normaliseIds'
import { planEntry } from './hooks/planEntry'
import { batchEndpoint } from './endpoints/batchEndpoint'
import { exportCalendarCsv, importCalendarCsv } from './endpoints/calendarCsvEndpoints'
import { pushQuotaEndpoint } from './endpoints/pushQuotaEndpoint'
import { CALENDAR_STATE_LABELS } from './states'

export const CalendarEntries: CollectionConfig = {
  slug: 'calendar-entries',
  labels: { singular: { zh: '排期', en: 'Calendar entry' }, plural: { zh: '排期日历', en: 'Calendar' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishAt', 'account', 'state', 'campaign'],
    group: { zh: '策划', en: 'Planning' },
  },
  // Editors and admins schedule on every account, an operator (内容运营) only on the accounts assigned to
  // them (guardAssignedAccounts names the account; accountScope filters what they may change or delete).
  access: {
    create: hasAnyRole('admin', 'editor', 'operator'),
    read: isLoggedIn,
    update: ({ req }) => accountScope(req.user),
    delete: ({ req }) => accountScope(req.user),
  },
  endpoints: [batchEndpoint, exportCalendarCsv, importCalendarCsv, pushQuotaEndpoint],
  hooks: {
    beforeOperation: [guardAssignedAccounts],
    beforeValidate: [normaliseIds],
    beforeChange: [planEntry],
    afterChange: [afterEntryChange],
    beforeDelete: [cancelOnEntryDelete],
  },
  fields: [
    { name: 'title', type: 'text', maxLength: 200, label: { zh: '排期说明', en: 'Label' } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true, label: { zh: '所属活动', en: 'Campaign' } },
    {
      name: 'content',
      type: 'relationship',
      relationTo: ['articles', 'videos', 'posters', 'notes'],
      label: { zh: '内容', en: 'Content' },
      admin: {
        description: { zh: '还没有稿子时，可以先放一个已通过的选题', en: 'Before a draft exists, an approved topic may hold the slot' },
      },
    },
    {
      // In place of content: the slot waits for the topic's draft ("start writing" fills it).
      name: 'topic',
      type: 'relationship',
      relationTo: 'topics',
      index: true,
      label: { zh: '选题', en: 'Topic' },
    },
    { name: 'account', type: 'relationship', relationTo: 'platform-accounts', required: true, label: { zh: '发布账号', en: 'Account' } },
    {
      // Lead first; together at most the platform's push.maxArticles (WeChat: 头条 + 7 次条).
      name: 'bundle',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 7,
      label: { zh: '次条（多图文）', en: 'More articles (bundle)' },
      admin: { description: { zh: '按顺序排在头条之后，仅公众号', en: 'In order after the lead; WeChat only' } },
    },
    {
      // Empty: the account's default. Only platforms whose profile has `push` take a mode.
      name: 'mode',
      type: 'select',
      options: optionsFrom(PUSH_MODE_LABELS),
      label: { zh: '推送方式', en: 'Push mode' },
    },
    {
      name: 'tagId',
      type: 'text',
      maxLength: 32,
      label: { zh: '群发对象标签 ID', en: 'Follower tag id' },
      admin: { description: { zh: '留空则群发给全部粉丝', en: 'Empty: all followers' } },
    },
    titleVariantField(),
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
    {
      // Stamped from the request of whoever created or moved the slot; never written through an API.
      name: 'actorIp',
      type: 'text',
      access: { read: fieldAdmin, create: fieldNobody, update: fieldNobody },
      admin: { hidden: true },
    },
  ],
}
