import type { CollectionConfig } from 'payload'
import { isLoggedIn, nobody } from '../../access/predicates'

/**
 * One day of post-metrics (or account-metrics) rows as a single stored sheet, what the results dashboard reads instead of
 * thousands of rows (cms/analytics/metricDays). Written only by that reader, never by a person; a
 * sheet counts only while no row of its day changed after `validFrom` and the days' row counts agree,
 * so a stale sheet is rebuilt, never shown. Readable as post-metrics are.
 */
export const MetricDays: CollectionConfig = {
  slug: 'metric-days',
  labels: { singular: { zh: '数据日汇总', en: 'Metrics day sheet' }, plural: { zh: '数据日汇总', en: 'Metrics day sheets' } },
  admin: { hidden: true, useAsTitle: 'date' },
  access: { read: isLoggedIn, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, label: { zh: '键', en: 'Key' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'posts', label: { zh: '内容数据', en: 'Post metrics' } },
        { value: 'followers', label: { zh: '粉丝数据', en: 'Follower metrics' } },
      ],
      label: { zh: '数据', en: 'Of' },
    },
    { name: 'date', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Date' } },
    { name: 'columns', type: 'json', required: true, label: { zh: '列', en: 'Columns' } },
    { name: 'rows', type: 'json', required: true, label: { zh: '行', en: 'Rows' } },
    { name: 'count', type: 'number', required: true, label: { zh: '行数', en: 'Row count' } },
    { name: 'validFrom', type: 'date', required: true, label: { zh: '有效起点', en: 'Valid from' } },
  ],
}
