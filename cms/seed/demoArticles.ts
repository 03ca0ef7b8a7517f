import type { ReviewState } from '../workflow/reviewStates'

export type DemoArticle = {
  key: string
  title: string
  digest: string
  author: string
  campaign: 'double12' | 'newcomer'
  cover: string
  status: ReviewState
  body: string
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    key: 'double12-guide',
    title: '双12 年终盛典攻略：三步领齐会员福利',
    digest: '会员日叠加满减，三步领齐年终福利，附门店核销指南。',
    author: '张文案',
    campaign: 'double12',
    cover: 'cover-double12.jpg',
    status: 'approved',
    body: `## 一、先领券，再下单

双12 当天 **10:00** 起，会员中心每小时放出一轮满减券：

1. 打开小程序「我的 → 会员中心」
2. 点击「年终盛典」领取满 199 减 30 券
3. 下单时自动抵扣，无需手动选择

## 二、到店核销更划算

> 门店核销额外赠送一杯热饮，全城 86 家门店通用。

| 时间 | 福利 |
| --- | --- |
| 12 月 10 日 | 预热：签到领积分 |
| 12 月 12 日 | 正式：满减 + 抽奖 |

## 三、常见问题

- 券可以叠加使用吗？同一订单限用一张满减券。
- 退款后券会退回吗？未过期的券会原路退回。

更多规则见[活动页面](https://example.com/double12)。
`,
  },
  {
    key: 'double12-merchant-story',
    title: '一家社区面包店的双12：从 30 单到 300 单',
    digest: '社区面包店老板娘讲述她如何用拼团和会员日把订单翻了十倍。',
    author: '张文案',
    campaign: 'double12',
    cover: 'cover-double12.jpg',
    status: 'in_review',
    body: `## 凌晨五点的烤箱

林姐的面包店开在老小区门口，去年双12 她只接到 30 单。

今年她提前两周做了三件事：

- 在社群里发起**拼团**，三人成团立减 10 元
- 把招牌肉松小贝做成会员日专享
- 每天晚上 20:00 在群里直播出炉

## 结果

活动当天订单突破 300 单，复购率提升到 42%。

> "顾客不是冲着便宜来的，是冲着新鲜来的。"
`,
  },
  {
    key: 'newcomer-benefits',
    title: '新人福利周｜首单立减 20 元，这份清单请收好',
    digest: '新用户注册即领 20 元无门槛券，附最值得买的 5 款好物。',
    author: '张文案',
    campaign: 'newcomer',
    cover: 'cover-newcomer.jpg',
    status: 'draft',
    body: `## 注册就送

新用户注册即领 **20 元无门槛券**，全网最低价，买到就是赚到！

## 本周推荐

1. 冬季暖饮礼盒
2. 有机鲜牛奶（产地：内蒙古锡林郭勒）
3. 手工水饺（猪肉白菜）
`,
  },
  {
    key: 'consumer-rights',
    title: '消费者权益科普：会员权益到底怎么算？',
    digest: '会员积分、等级与权益的计算规则，一篇讲清楚。',
    author: '张文案',
    campaign: 'newcomer',
    cover: 'cover-newcomer.jpg',
    status: 'changes_requested',
    body: `## 积分从哪里来

每消费 1 元积 1 分，会员日双倍积分。

## 等级怎么升

| 等级 | 累计积分 |
| --- | --- |
| 银卡 | 1,000 |
| 金卡 | 5,000 |
| 黑卡 | 20,000 |
`,
  },
  {
    key: 'winter-menu',
    title: '冬季限定菜单上新：热饮与暖食的 7 种搭配',
    digest: '冬季限定菜单正式上线，7 种搭配温暖整个冬天。',
    author: '张文案',
    campaign: 'double12',
    cover: 'cover-double12.jpg',
    status: 'scheduled',
    body: `## 七种搭配

1. 姜撞奶 + 葱油饼
2. 热可可 + 肉桂卷
3. 桂圆红枣茶 + 核桃酥

冬天，从一杯热饮开始。
`,
  },
  {
    key: 'brand-news',
    title: '品牌动态｜我们获评“年度社区服务商家”',
    digest: '感谢每一位顾客，我们获评年度社区服务商家称号。',
    author: '张文案',
    campaign: 'newcomer',
    cover: 'cover-newcomer.jpg',
    status: 'published',
    body: `## 一份属于大家的荣誉

在本月举行的区域商业峰会上，我们获评「年度社区服务商家」。

感谢 86 家门店的伙伴，感谢每一位顾客。
`,
  },
  {
    key: 'member-day-list',
    title: '会员日福利清单：本周四晚 8 点开抢',
    digest: '会员日四大福利一次看全：满减、积分翻倍、新品试吃、门店自提立减。',
    author: '张文案',
    campaign: 'double12',
    cover: 'cover-newcomer.jpg',
    status: 'approved',
    body: `## 本周四会员日

1. 全场满 199 减 30
2. 积分翻倍
3. 新品试吃（产地：云南普洱）
4. 门店自提再减 5 元

> 已定稿，等待编辑安排发布时间。
`,
  },
]
