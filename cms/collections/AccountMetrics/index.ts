import type { CollectionConfig } from 'payload'
import { PLATFORM_LABELS } from '../../../lib/platforms'
import { METRIC_SOURCE_LABELS } from '../../../lib/analytics/metricNames'
import { isEditorial, isLoggedIn } from '../../access/predicates'
import { optionsFrom } from '../../fields/options'
import { keyByAccountAndDay } from './hooks/keyByAccountAndDay'

const people = (name: string, zh: string, en: string) => ({
  name,
  type: 'number' as const,
  min: 0,
  label: { zh, en },
  validate: (value: unknown) =>
    value === null || value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0)
      ? true
      : `${zh}请填不小于 0 的整数`,
})

/** An account's followers on one day (people, never added to counts of actions), and its content totals where the platform gives them. */
export const AccountMetrics: CollectionConfig = {
  slug: 'account-metrics',
  labels: { singular: { zh: '账号数据', en: 'Account metrics' }, plural: { zh: '账号数据', en: 'Account metrics' } },
  admin: {
    defaultColumns: ['date', 'account', 'followers', 'newFollowers', 'lostFollowers', 'source'],
    group: { zh: '数据', en: 'Results' },
  },
  access: { read: isLoggedIn, create: isEditorial, update: isEditorial, delete: isEditorial },
  hooks: { beforeChange: [keyByAccountAndDay] },
  fields: [
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'platform-accounts',
      required: true,
      index: true,
      label: { zh: '平台账号', en: 'Account' },
    },
    { name: 'date', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Date' }, admin: { placeholder: '如 2026-03-01' } },
    people('newFollowers', '新增关注', 'New followers'),
    people('lostFollowers', '取消关注', 'Unfollows'),
    people('followers', '粉丝总数', 'Followers'),
    people('readers', '全部内容阅读人数', 'Readers of all content'),
    people('shares', '全部内容分享人数', 'Sharers of all content'),
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      options: optionsFrom(METRIC_SOURCE_LABELS),
      label: { zh: '来源', en: 'Source' },
    },
    { name: 'final', type: 'checkbox', defaultValue: true, label: { zh: '已是最终数据', en: 'Final' } },
    { name: 'fetchedAt', type: 'date', label: { zh: '回收时间', en: 'Fetched at' }, admin: { readOnly: true } },
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
    {
      name: 'platform',
      type: 'select',
      options: optionsFrom(PLATFORM_LABELS),
      index: true,
      label: { zh: '平台', en: 'Platform' },
      admin: { readOnly: true },
    },
  ],
}
