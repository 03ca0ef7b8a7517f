/** The finished campaign's two articles, published (the public site lists them with the month's). */
export const FINISHED_CAMPAIGN_ARTICLES = [
  { key: 'w1', title: '暖冬预热：会员月前的三件准备', digest: '领券、绑卡、设好自提柜，会员月第一天就能用上。' },
  { key: 'w2', title: '天冷了，社区店几点开门？', digest: '全部门店冬季营业时间和自提时段一览。' },
] as const
