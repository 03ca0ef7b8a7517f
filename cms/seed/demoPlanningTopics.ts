/**
 * The demo team's 选题库 over a month: four weeks back to two weeks ahead, every pillar and source,
 * one 专题 a week. Past topics are done (the earliest ones linked to the month's articles), this week's
 * approved or being written, next week's still ideas waiting for the 选题会.
 */
export type DemoTopic = {
  title: string
  angle: string
  pillar: '权益科普' | '案例' | '政策解读' | '品牌动态'
  source: 'hotspot' | 'festival' | 'feedback' | 'competitor'
  /** Days from today, due at 18:00 Beijing time. */
  dueOffset: number
  owner: 'copywriter' | 'designer' | 'video_producer' | 'editor'
  accounts: readonly DemoTopicAccount[]
  feature?: boolean
  /** The month article it became (done topics). */
  item?: string
}
export type DemoTopicAccount = 'wechat' | 'weibo' | 'toutiao' | 'douyin' | 'xhsBrand' | 'xhsPicks' | 'xhsDeals' | 'channels'

export const DEMO_TOPICS: readonly DemoTopic[] = [
  {
    title: '入冬第一锅怎么写出烟火气',
    angle: '凌晨四点的后厨，用一锅汤讲会员福利',
    pillar: '案例',
    source: 'festival',
    dueOffset: -29,
    owner: 'copywriter',
    accounts: ['wechat'],
    item: 'm01',
  },
  {
    title: '会员月权益一次讲清',
    angle: '五件事清单体，照着做就能领',
    pillar: '权益科普',
    source: 'feedback',
    dueOffset: -28,
    owner: 'editor',
    accounts: ['wechat', 'weibo'],
    feature: true,
    item: 'm02',
  },
  {
    title: '一家三口一周囤货',
    angle: '按菜单倒推清单，附保存方法',
    pillar: '权益科普',
    source: 'hotspot',
    dueOffset: -26,
    owner: 'copywriter',
    accounts: ['wechat', 'toutiao'],
    item: 'm03',
  },
  {
    title: '自提柜上新的下班动线',
    angle: '跟拍一位上班族的取菜路线',
    pillar: '品牌动态',
    source: 'feedback',
    dueOffset: -25,
    owner: 'copywriter',
    accounts: ['wechat'],
    item: 'm04',
  },
  {
    title: '赣南脐橙的 48 小时',
    angle: '从果园到门店，批次和甜度如实写',
    pillar: '案例',
    source: 'competitor',
    dueOffset: -23,
    owner: 'copywriter',
    accounts: ['wechat', 'xhsPicks'],
    item: 'm05',
  },
  {
    title: '预付卡新规对会员卡意味着什么',
    angle: '用问答说清余额、退款和转让',
    pillar: '政策解读',
    source: 'hotspot',
    dueOffset: -22,
    owner: 'editor',
    accounts: ['wechat', 'toutiao'],
    feature: true,
  },
  {
    title: '周末亲子包饺子课',
    angle: '活动预告 + 报名方式，照片多于文字',
    pillar: '品牌动态',
    source: 'feedback',
    dueOffset: -21,
    owner: 'editor',
    accounts: ['wechat', 'xhsBrand'],
    item: 'm06',
  },
  {
    title: '十分钟热早餐',
    angle: '五款早餐，食材门店都有',
    pillar: '权益科普',
    source: 'hotspot',
    dueOffset: -19,
    owner: 'copywriter',
    accounts: ['wechat', 'weibo'],
    item: 'm07',
  },
  {
    title: '积分怎么花一张图看懂',
    angle: '长图，兑换、抵现、会员日加倍',
    pillar: '权益科普',
    source: 'feedback',
    dueOffset: -18,
    owner: 'designer',
    accounts: ['wechat', 'xhsDeals'],
    item: 'm08',
  },
  {
    title: '守了十年菜摊的王阿姨',
    angle: '人物故事，老街坊的口述',
    pillar: '案例',
    source: 'feedback',
    dueOffset: -16,
    owner: 'editor',
    accounts: ['wechat', 'channels'],
    feature: true,
    item: 'm09',
  },
  {
    title: '火锅季食材怎么挑',
    angle: '店员教你看肥牛和毛肚',
    pillar: '权益科普',
    source: 'competitor',
    dueOffset: -15,
    owner: 'video_producer',
    accounts: ['douyin', 'xhsPicks'],
  },
  {
    title: '食品标签新国标怎么看',
    angle: '配料表、营养成分表三步看懂',
    pillar: '政策解读',
    source: 'hotspot',
    dueOffset: -13,
    owner: 'copywriter',
    accounts: ['wechat', 'toutiao'],
  },
  {
    title: '暖冬旧衣回收',
    angle: '回收点地图 + 换积分规则',
    pillar: '品牌动态',
    source: 'festival',
    dueOffset: -12,
    owner: 'editor',
    accounts: ['wechat', 'weibo'],
    item: 'm12',
  },
  {
    title: '一周菜价播报',
    angle: '固定栏目，表格 + 三句点评',
    pillar: '权益科普',
    source: 'hotspot',
    dueOffset: -10,
    owner: 'copywriter',
    accounts: ['wechat'],
    item: 'm13',
  },
  {
    title: '老人助餐怎么预约',
    angle: '子女视角，小程序下单三步',
    pillar: '案例',
    source: 'feedback',
    dueOffset: -9,
    owner: 'editor',
    accounts: ['wechat', 'toutiao'],
    feature: true,
    item: 'm15',
  },
  {
    title: '红糖馒头出炉时刻',
    angle: '下午三点的烘焙间，短视频',
    pillar: '品牌动态',
    source: 'competitor',
    dueOffset: -7,
    owner: 'video_producer',
    accounts: ['douyin', 'channels'],
  },
  {
    title: '双12 会员日规则',
    angle: '满减、积分加倍和限购一次讲清，不写“最低价”',
    pillar: '权益科普',
    source: 'festival',
    dueOffset: -5,
    owner: 'copywriter',
    accounts: ['wechat', 'weibo', 'xhsDeals'],
    feature: true,
  },
  {
    title: '冬至吃饺子还是汤圆',
    angle: '南北投票，评论区互动',
    pillar: '品牌动态',
    source: 'festival',
    dueOffset: -3,
    owner: 'copywriter',
    accounts: ['weibo', 'xhsBrand'],
  },
  {
    title: '消费者权益保护法实施条例里的“退换货”',
    angle: '门店怎么做，顾客怎么办',
    pillar: '政策解读',
    source: 'hotspot',
    dueOffset: -1,
    owner: 'editor',
    accounts: ['wechat', 'toutiao'],
  },
  {
    title: '店长小林的一天',
    angle: 'vlog，早 6 点到晚 10 点',
    pillar: '案例',
    source: 'competitor',
    dueOffset: 1,
    owner: 'video_producer',
    accounts: ['douyin', 'channels'],
    feature: true,
  },
  {
    title: '年货节预告：家庭卡怎么用',
    angle: '家庭卡共享积分，三代同堂的账',
    pillar: '权益科普',
    source: 'festival',
    dueOffset: 2,
    owner: 'copywriter',
    accounts: ['wechat', 'xhsBrand'],
  },
  {
    title: '草莓季开箱',
    angle: '小红书图文，六张图讲产地和吃法',
    pillar: '案例',
    source: 'hotspot',
    dueOffset: 3,
    owner: 'designer',
    accounts: ['xhsPicks'],
  },
  {
    title: '年终盘点：我们这一年',
    angle: '数据长图 + 店员寄语',
    pillar: '品牌动态',
    source: 'festival',
    dueOffset: 5,
    owner: 'editor',
    accounts: ['wechat', 'weibo'],
  },
  {
    title: '元旦营业时间和自提安排',
    angle: '一张表讲清各门店时间',
    pillar: '品牌动态',
    source: 'festival',
    dueOffset: 8,
    owner: 'copywriter',
    accounts: ['wechat', 'weibo'],
  },
  {
    title: '腊八粥材料包',
    angle: '配方 + 门店领取，吃法短视频',
    pillar: '案例',
    source: 'festival',
    dueOffset: 9,
    owner: 'video_producer',
    accounts: ['douyin', 'xhsBrand'],
    feature: true,
  },
  {
    title: '会员问得最多的 10 个问题',
    angle: '客服记录整理成问答',
    pillar: '权益科普',
    source: 'feedback',
    dueOffset: 10,
    owner: 'copywriter',
    accounts: ['wechat', 'toutiao'],
  },
  {
    title: '隔壁超市的会员价对比',
    angle: '不点名对比，讲清我们怎么定价',
    pillar: '案例',
    source: 'competitor',
    dueOffset: 11,
    owner: 'editor',
    accounts: ['wechat'],
  },
  {
    title: '春节不打烊排班',
    angle: '店员的春节：谁在岗，怎么补休',
    pillar: '品牌动态',
    source: 'festival',
    dueOffset: 12,
    owner: 'copywriter',
    accounts: ['wechat', 'weibo'],
  },
  {
    title: '价格法修订征求意见稿解读',
    angle: '明码标价和促销标价的变化',
    pillar: '政策解读',
    source: 'hotspot',
    dueOffset: 13,
    owner: 'editor',
    accounts: ['wechat', 'toutiao'],
  },
  {
    title: '年夜饭半成品测评',
    angle: '三款半成品菜，编导实测',
    pillar: '案例',
    source: 'competitor',
    dueOffset: 14,
    owner: 'video_producer',
    accounts: ['douyin', 'channels'],
  },
]

const ARTICLE_ACCOUNTS: readonly DemoTopicAccount[] = ['wechat', 'weibo', 'toutiao']

/**
 * Each demo topic with the state it is seeded in. One in production this week has its draft started as
 * an article, so only a topic for an article account is in production; the others stay approved.
 */
export function demoTopicPlan(): { topic: DemoTopic; state: 'idea' | 'approved' | 'in_production' | 'done' }[] {
  return DEMO_TOPICS.map((topic, index) => {
    const planned = demoTopicState(topic.dueOffset, index)
    const writable = topic.accounts.some((account) => ARTICLE_ACCOUNTS.includes(account))
    return { topic, state: planned === 'in_production' && !writable ? 'approved' : planned }
  })
}

/** Articles the demo's topics started (the drafts of topics in production without an item yet). */
export const demoStartedDrafts = (): number => demoTopicPlan().filter(({ topic, state }) => state === 'in_production' && !topic.item).length

/** What a demo topic's state is, from when it is due. */
function demoTopicState(dueOffset: number, index: number): 'idea' | 'approved' | 'in_production' | 'done' {
  if (dueOffset < -2) return 'done'
  if (dueOffset < 7) return index % 3 === 0 ? 'in_production' : 'approved'
  return 'idea'
}
