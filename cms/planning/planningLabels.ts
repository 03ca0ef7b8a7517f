/** The words of planning (选题, 节点, budgets), shared by the collections, the admin and the seed. */
export const TOPIC_STATE_LABELS = {
  idea: { zh: '待定', en: 'Idea' },
  approved: { zh: '已通过', en: 'Approved' },
  in_production: { zh: '制作中', en: 'In production' },
  done: { zh: '已完成', en: 'Done' },
} as const
export type TopicState = keyof typeof TOPIC_STATE_LABELS

export const TOPIC_SOURCE_LABELS = {
  hotspot: { zh: '热点', en: 'Trending' },
  festival: { zh: '节点', en: 'Festival' },
  feedback: { zh: '用户反馈', en: 'User feedback' },
  competitor: { zh: '竞品', en: 'Competitor' },
} as const

export const DEFAULT_PILLARS = ['权益科普', '案例', '政策解读', '品牌动态'] as const

export const FESTIVAL_CALENDAR_LABELS = {
  solar: { zh: '公历', en: 'Gregorian' },
  lunar: { zh: '农历', en: 'Lunar' },
  solar_term: { zh: '节气', en: 'Solar term' },
} as const

export const FESTIVAL_KIND_LABELS = {
  holiday: { zh: '法定节假日', en: 'Public holiday' },
  shopping: { zh: '电商大促', en: 'Shopping festival' },
  marketing: { zh: '营销节点', en: 'Marketing date' },
} as const

/** The solar terms a festival may fall on (清明 is a public holiday; 冬至, 立春 are common 节点). */
export const SOLAR_TERM_LABELS = {
  lichun: { zh: '立春', en: 'Start of Spring' },
  qingming: { zh: '清明', en: 'Qingming' },
  lixia: { zh: '立夏', en: 'Start of Summer' },
  xiazhi: { zh: '夏至', en: 'Summer Solstice' },
  liqiu: { zh: '立秋', en: 'Start of Autumn' },
  lidong: { zh: '立冬', en: 'Start of Winter' },
  dongzhi: { zh: '冬至', en: 'Winter Solstice' },
} as const

export const CADENCE_PER_LABELS = {
  day: { zh: '每天', en: 'a day' },
  week: { zh: '每周', en: 'a week' },
} as const

export const BUDGET_CATEGORY_LABELS = {
  production: { zh: '制作', en: 'Production' },
  ads: { zh: '投流', en: 'Paid promotion' },
  prizes: { zh: '奖品', en: 'Prizes' },
  other: { zh: '其他', en: 'Other' },
} as const

export const BUDGET_APPROVAL_LABELS = {
  not_needed: { zh: '无需审批', en: 'Not needed' },
  pending: { zh: '待管理员批准', en: 'Waiting for an admin' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '未批准', en: 'Rejected' },
} as const
export type BudgetApproval = keyof typeof BUDGET_APPROVAL_LABELS
