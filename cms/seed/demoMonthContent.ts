/**
 * What the demo team published over the last month (the 冬季会员月 campaign): short articles that went
 * to the 公众号, Weibo and Toutiao, and store videos for Toutiao. Their bodies are generated from the
 * digest: the numbers, not the prose, are what this month is for.
 */
export type MonthArticle = { key: string; title: string; digest: string; owner: 'copywriter' | 'editor'; candidates?: string[] }
export type MonthVideo = { key: string; title: string; description: string }

export const MONTH_ARTICLES: MonthArticle[] = [
  { key: 'm01', title: '入冬第一锅：社区食堂的羊肉汤', digest: '凌晨四点熬起的羊肉汤，会员每周三可领一份暖身小料。', owner: 'copywriter' },
  { key: 'm02', title: '会员月开启：这 5 件事记得做', digest: '签到、积分、生日礼、自提柜和家庭卡，一次讲清楚。', owner: 'editor' },
  { key: 'm03', title: '冬季囤货清单：一家三口吃一周', digest: '按一周菜单配好的采购清单，附保存方法。', owner: 'copywriter' },
  { key: 'm04', title: '自提柜上新：下班路上取菜', digest: '小区门口新增 12 组自提柜，晚上 10 点前都能取。', owner: 'copywriter' },
  { key: 'm05', title: '产地直采｜赣南脐橙到店了', digest: '果园到门店 48 小时，产地、批次和甜度如实标注。', owner: 'copywriter' },
  { key: 'm06', title: '周末亲子课：和孩子一起包饺子', digest: '每周六上午在社区活动室，会员家庭免费报名。', owner: 'editor' },
  {
    key: 'm07',
    title: '冬天的早餐，十分钟搞定',
    digest: '五款十分钟就能做好的热早餐，食材门店都有。',
    owner: 'copywriter',
    candidates: ['早起十分钟，一周早餐不重样'],
  },
  { key: 'm08', title: '积分怎么花最划算？一张图看懂', digest: '积分兑换、抵现和会员日加倍，一张图讲明白。', owner: 'copywriter' },
  { key: 'm09', title: '门店故事｜守了十年菜摊的王阿姨', digest: '从路边摊到社区店，王阿姨和老街坊的十年。', owner: 'editor' },
  { key: 'm10', title: '火锅季食材指南：怎么挑不踩雷', digest: '肥牛、毛肚和菌菇怎么挑，店员的小窍门。', owner: 'copywriter' },
  { key: 'm11', title: '会员日预告：周四晚 8 点见', digest: '本周四会员日的福利预告和抢购时间。', owner: 'copywriter' },
  { key: 'm12', title: '暖冬公益：旧衣回收点开放', digest: '全城 30 家门店设旧衣回收箱，回收可换积分。', owner: 'editor' },
  { key: 'm13', title: '一周菜价播报：白菜萝卜便宜了', digest: '本周蔬菜价格走势和值得多买的几样。', owner: 'copywriter' },
  { key: 'm14', title: '烘焙新品：红糖馒头和南瓜包', digest: '门店现做的两款冬季新品，每天下午三点出炉。', owner: 'copywriter' },
  { key: 'm15', title: '老人助餐：社区午餐送到家', digest: '独居老人可预约午餐上门，子女在小程序下单。', owner: 'editor' },
  { key: 'm16', title: '冬季养生汤品，店员私藏做法', digest: '三款家常汤品的做法，材料清单一次配齐。', owner: 'copywriter' },
  { key: 'm17', title: '会员家庭卡：一张卡全家用', digest: '家庭卡最多绑定 5 人，积分合并使用。', owner: 'copywriter' },
  { key: 'm18', title: '本周团购：东北大米 10 斤装', digest: '新米到店，三人成团，周日前自提。', owner: 'copywriter' },
  { key: 'm19', title: '门店开放日：看看后厨怎么备菜', digest: '本周六开放后厨参观，名额 20 个。', owner: 'editor' },
  { key: 'm20', title: '年货节前瞻：这些提前准备', digest: '年货节的时间表和可以提前预订的商品。', owner: 'copywriter' },
  { key: 'm21', title: '冬日水果怎么吃：一周搭配表', digest: '柑橘、苹果和猕猴桃的一周搭配。', owner: 'copywriter' },
  { key: 'm22', title: '用户来信：谢谢你们的热汤', digest: '一位会员写来的信，和我们的回信。', owner: 'editor' },
]

export const MONTH_VIDEOS: MonthVideo[] = [
  { key: 'v1', title: '一分钟看懂会员月福利', description: '会员月的签到、积分和家庭卡，一分钟讲完。' },
  { key: 'v2', title: '凌晨四点的社区食堂', description: '跟拍食堂师傅熬汤的一个早晨。' },
  { key: 'v3', title: '脐橙从果园到门店', description: '产地直采的 48 小时。' },
  { key: 'v4', title: '十分钟热早餐示范', description: '店员示范三款快手早餐。' },
]

export function monthArticleBody(article: MonthArticle): string {
  return `## ${article.title}\n\n${article.digest}\n\n- 活动详情以门店公告为准\n- 会员在小程序「我的 → 会员中心」查看\n\n> 冬季会员月，社区生活馆陪你过冬。\n`
}
