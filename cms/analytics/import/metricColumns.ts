import { POST_METRIC_LABELS, POST_METRICS, type PostMetric } from '../../../lib/analytics/metricNames'

/** The numbers of a post-metrics row a spreadsheet may carry. */
export type PostNumberField = PostMetric | 'completionRate'
/** The numbers of an account-metrics row a followers spreadsheet carries. */
export type FollowerField = 'followers' | 'newFollowers' | 'lostFollowers'

export const COMPLETION_RATE_LABEL = '完读率'

/** Header words of a posts file: the metric labels the admin uses, plus the names back offices print. */
export const POST_COLUMNS: ReadonlyMap<string, PostNumberField> = keyedBy<PostNumberField>([
  ...POST_METRICS.map((name) => [POST_METRIC_LABELS[name].zh, name] as const),
  ...POST_METRICS.map((name) => [name, name] as const),
  ['阅读量', 'reads'],
  ['分享次数', 'shares'],
  ['分享人数', 'shares'],
  ['点赞数', 'likes'],
  ['评论数', 'comments'],
  ['收藏数', 'favorites'],
  ['转发数', 'reposts'],
  ['播放次数', 'plays'],
  [COMPLETION_RATE_LABEL, 'completionRate'],
  ['完播率', 'completionRate'],
  ['完读/完播率', 'completionRate'],
  ['completionRate', 'completionRate'],
])

export const FOLLOWER_LABELS: Record<FollowerField, string> = { followers: '粉丝总数', newFollowers: '新增关注', lostFollowers: '取消关注' }

export const FOLLOWER_COLUMNS: ReadonlyMap<string, FollowerField> = keyedBy<FollowerField>([
  ...(Object.entries(FOLLOWER_LABELS) as [FollowerField, string][]).map(([field, label]) => [label, field] as const),
  ['粉丝数', 'followers'],
  ['累计关注', 'followers'],
  ['新关注人数', 'newFollowers'],
  ['取消关注人数', 'lostFollowers'],
])

/** The columns that say which post a row is about, and where in a push. */
export const DATE_COLUMN = '日期'
export const LINK_COLUMNS: readonly string[] = ['链接', '发布链接'].map(columnKey)
export const ID_COLUMNS: readonly string[] = ['发布记录ID', '发布记录编号'].map(columnKey)
export const POSITION_COLUMN = '第几篇'

/** The label of a number field, as the admin and the error messages say it. */
export function postFieldLabel(field: PostNumberField): string {
  return field === 'completionRate' ? COMPLETION_RATE_LABEL : POST_METRIC_LABELS[field].zh
}

/** A header cell as compared: spaces, letter case and a trailing unit such as （人） or (%) do not matter. */
export function columnKey(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .toLowerCase()
}

function keyedBy<F>(entries: readonly (readonly [string, F])[]): ReadonlyMap<string, F> {
  return new Map(entries.map(([word, field]) => [columnKey(word), field] as const))
}
