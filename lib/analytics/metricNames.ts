/**
 * The numbers a post earns, as the metrics collections store them (one row per post per day, the
 * day's own numbers, never running totals). `unit` keeps people and counts apart: 阅读人数 (people)
 * and 播放量 (plays) are never added together, across platforms or anywhere else.
 */
export const POST_METRIC_LABELS = {
  readers: { zh: '阅读人数', en: 'Readers', unit: 'people' },
  reads: { zh: '阅读次数', en: 'Reads', unit: 'count' },
  pushReaders: { zh: '群发阅读人数', en: 'Readers from the push', unit: 'people' },
  plays: { zh: '播放量', en: 'Plays', unit: 'count' },
  shares: { zh: '分享', en: 'Shares', unit: 'count' },
  likes: { zh: '点赞', en: 'Likes', unit: 'count' },
  wows: { zh: '在看', en: 'Wows', unit: 'count' },
  comments: { zh: '评论', en: 'Comments', unit: 'count' },
  favorites: { zh: '收藏', en: 'Favorites', unit: 'count' },
  reposts: { zh: '转发', en: 'Reposts', unit: 'count' },
} as const
export type PostMetric = keyof typeof POST_METRIC_LABELS
export const POST_METRICS = Object.keys(POST_METRIC_LABELS) as PostMetric[]

/** Engagement counts: 互动 = the sum of these (all counts of actions, so they may be added). */
export const INTERACTION_METRICS = ['shares', 'likes', 'wows', 'comments', 'favorites', 'reposts'] as const satisfies readonly PostMetric[]

export const METRIC_SOURCE_LABELS = {
  api: { zh: '接口回收', en: 'From the platform API' },
  manual: { zh: '手动录入', en: 'Entered by hand' },
  csv: { zh: '表格导入', en: 'Imported from a spreadsheet' },
} as const
export type MetricSource = keyof typeof METRIC_SOURCE_LABELS

/**
 * What a target can measure. 打开率 = readers from the 群发 ÷ followers on the day before the send;
 * 互动率 = interactions ÷ readers (or plays where a platform counts plays); 涨粉 = net new followers;
 * 发布数 = posts published.
 */
export const KPI_METRIC_LABELS = {
  openRate: { zh: '打开率', en: 'Open rate', unit: 'rate' },
  interactionRate: { zh: '互动率', en: 'Interaction rate', unit: 'rate' },
  readers: { zh: '阅读人数', en: 'Readers', unit: 'people' },
  reads: { zh: '阅读次数', en: 'Reads', unit: 'count' },
  plays: { zh: '播放量', en: 'Plays', unit: 'count' },
  interactions: { zh: '互动数', en: 'Interactions', unit: 'count' },
  newFollowers: { zh: '涨粉', en: 'New followers (net)', unit: 'people' },
  followers: { zh: '粉丝数', en: 'Followers', unit: 'people' },
  posts: { zh: '发布数', en: 'Posts published', unit: 'count' },
} as const
export type KpiMetric = keyof typeof KPI_METRIC_LABELS
export const KPI_METRICS = Object.keys(KPI_METRIC_LABELS) as KpiMetric[]

/** `campaign`: the whole campaign period; otherwise the value per day, week or month (averaged over the period's complete units). */
export const KPI_PERIOD_LABELS = {
  campaign: { zh: '活动期间合计', en: 'Whole campaign' },
  day: { zh: '每天', en: 'Per day' },
  week: { zh: '每周', en: 'Per week' },
  month: { zh: '每月', en: 'Per month' },
  post: { zh: '每篇平均', en: 'Average per post' },
} as const
export type KpiPeriod = keyof typeof KPI_PERIOD_LABELS

export const KPI_COMPARISON_LABELS = {
  atLeast: { zh: '不低于', en: 'At least' },
  atMost: { zh: '不高于', en: 'At most' },
} as const
export type KpiComparison = keyof typeof KPI_COMPARISON_LABELS
