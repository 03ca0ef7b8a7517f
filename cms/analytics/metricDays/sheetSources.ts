import { POST_METRICS } from '../../../lib/analytics/metricNames'
import type { PostMetric as PostMetricDoc } from '../../payload-types'
import { relationId } from '../../content'
import type { FollowerRow } from '../dashboard/followerChanges'
import { toMetricRow, type MetricRow } from '../metricRow'
import type { SheetSource, SourceDoc } from './daySheet'

/** post-metrics: what the dashboard sums, filters and judges posts by. */
export const POST_SHEETS: SheetSource<MetricRow> = {
  kind: 'posts',
  collection: 'post-metrics',
  columns: ['delivery', 'position', 'account', 'platform', 'campaign', 'contentType', 'author', 'publishedAt', ...POST_METRICS],
  toRow: (doc: SourceDoc) => toMetricRow(doc as Partial<PostMetricDoc>),
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null)

/** account-metrics: each account's followers per day, for 涨粉. Rows without an account are not kept. */
export const FOLLOWER_SHEETS: SheetSource<FollowerRow> = {
  kind: 'followers',
  collection: 'account-metrics',
  columns: ['account', 'followers', 'newFollowers', 'lostFollowers'],
  toRow: (doc: SourceDoc) => ({
    account: String(relationId(doc.account as Parameters<typeof relationId>[0]) ?? ''),
    date: doc.date ?? '',
    followers: numberOrNull(doc.followers),
    newFollowers: numberOrNull(doc.newFollowers),
    lostFollowers: numberOrNull(doc.lostFollowers),
  }),
}
