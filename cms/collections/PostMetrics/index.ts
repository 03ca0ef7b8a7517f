import type { CollectionConfig } from 'payload'
import { CONTENT_KINDS, PLATFORM_LABELS } from '../../../lib/platforms'
import { METRIC_SOURCE_LABELS } from '../../../lib/analytics/metricNames'
import { isEditorial, isLoggedIn } from '../../access/predicates'
import { optionsFrom } from '../../fields/options'
import { metricNumberFields } from '../../fields/metricNumberFields'
import { CONTENT_SLUGS } from '../../content'
import { fillFromDelivery } from './hooks/fillFromDelivery'
import { keepApiRowsToTheCollector } from './hooks/keepApiRowsToTheCollector'
import { importMetrics } from './endpoints/importMetrics'

const KIND_LABELS = {
  article: { zh: '图文', en: 'Article' },
  poster: { zh: '海报', en: 'Poster' },
  video: { zh: '视频', en: 'Video' },
  note: { zh: '笔记', en: 'Note' },
}

/**
 * One post's numbers on one day (the day's own numbers, not running totals): one row per delivery,
 * article of a bundle (`position`, 1 = the lead) and day. Written by the collector (`api`), the
 * delivery's quick form (`manual`) or an account's CSV import (`csv`). The columns after the numbers
 * are copied from the delivery by fillFromDelivery, so the dashboard groups without joins.
 */
export const PostMetrics: CollectionConfig = {
  slug: 'post-metrics',
  labels: { singular: { zh: '内容数据', en: 'Post metrics' }, plural: { zh: '内容数据', en: 'Post metrics' } },
  admin: {
    // 点赞 and 评论 beside 阅读 and 播放: every platform reports them, so a 微博 or 小红书 row shows numbers too.
    defaultColumns: ['date', 'delivery', 'account', 'position', 'readers', 'plays', 'likes', 'comments', 'source'],
    group: { zh: '数据', en: 'Results' },
    description: { zh: '每条发布内容每天的数据（当日新增，不是累计）', en: 'Each post’s numbers per day (that day’s, not running totals)' },
  },
  access: { read: isLoggedIn, create: isEditorial, update: isEditorial, delete: isEditorial },
  hooks: { beforeChange: [keepApiRowsToTheCollector, fillFromDelivery] },
  endpoints: [importMetrics],
  fields: [
    {
      name: 'delivery',
      type: 'relationship',
      relationTo: 'deliveries',
      required: true,
      index: true,
      label: { zh: '发布记录', en: 'Delivery' },
    },
    {
      name: 'position',
      type: 'number',
      min: 1,
      max: 8,
      defaultValue: 1,
      label: { zh: '第几篇', en: 'Article no.' },
      admin: { description: { zh: '多图文推送里的位置，头条为 1', en: 'Place in a multi-article push; the lead is 1' } },
    },
    { name: 'date', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Date' }, admin: { placeholder: '如 2026-03-01' } },
    ...metricNumberFields(),
    {
      name: 'completionRate',
      type: 'number',
      min: 0,
      max: 1,
      label: { zh: '完读/完播率', en: 'Completion rate' },
      admin: { description: { zh: '0 到 1 之间，例如 0.55 表示 55%', en: 'Between 0 and 1: 0.55 is 55%' } },
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      options: optionsFrom(METRIC_SOURCE_LABELS),
      label: { zh: '来源', en: 'Source' },
    },
    {
      name: 'final',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '已是最终数据', en: 'Final' },
      admin: {
        description: {
          zh: '平台标记为延迟时为否，系统稍后会重新读取',
          en: 'Off while the platform marks the day as delayed; read again later',
        },
      },
    },
    { name: 'externalId', type: 'text', index: true, label: { zh: '平台内容 ID', en: 'Platform post id' }, admin: { readOnly: true } },
    { name: 'fetchedAt', type: 'date', label: { zh: '回收时间', en: 'Fetched at' }, admin: { readOnly: true } },
    // Copied from the delivery (fillFromDelivery); whatever a caller sends is replaced.
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'platform-accounts',
      index: true,
      label: { zh: '发布账号', en: 'Account' },
      admin: { readOnly: true },
    },
    {
      name: 'platform',
      type: 'select',
      options: optionsFrom(PLATFORM_LABELS),
      index: true,
      label: { zh: '平台', en: 'Platform' },
      admin: { readOnly: true },
    },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      index: true,
      label: { zh: '所属活动', en: 'Campaign' },
      admin: { readOnly: true },
    },
    {
      name: 'content',
      type: 'relationship',
      relationTo: [...CONTENT_SLUGS],
      label: { zh: '内容', en: 'Content' },
      admin: { readOnly: true },
    },
    {
      name: 'contentType',
      type: 'select',
      options: CONTENT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
      label: { zh: '内容类型', en: 'Content type' },
      admin: { readOnly: true },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { zh: '作者', en: 'Author' },
      admin: { readOnly: true },
    },
    { name: 'publishedAt', type: 'date', label: { zh: '发布时间', en: 'Published at' }, admin: { readOnly: true } },
    { name: 'titleVariant', type: 'number', label: { zh: '使用的标题', en: 'Title used' }, admin: { readOnly: true } },
  ],
}
