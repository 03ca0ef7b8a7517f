/** A week of slots from tomorrow (never in the past, whenever the demo is seeded) at the audience's active hours. */
export type DemoSlot = {
  dayOffset: number
  time: string
  content: string
  platform: 'wechat' | 'weibo' | 'toutiao'
  title: string
  /** A WeChat 群发 with more articles after the lead (each approved). */
  bundle?: string[]
  mode?: 'mass' | 'publish' | 'draft'
}

export const DEMO_SLOTS: DemoSlot[] = [
  {
    dayOffset: 1,
    time: '20:00',
    content: 'article:winter-menu',
    platform: 'wechat',
    title: '冬季菜单 · 公众号群发（头条 + 次条）',
    bundle: ['article:double12-guide'],
    mode: 'mass',
  },
  { dayOffset: 2, time: '12:00', content: 'poster:member-day', platform: 'weibo', title: '会员日海报 · 微博预热' },
  { dayOffset: 2, time: '20:00', content: 'article:double12-guide', platform: 'wechat', title: '双12 攻略 · 公众号推文' },
  { dayOffset: 3, time: '08:00', content: 'article:double12-guide', platform: 'toutiao', title: '双12 攻略 · 头条号' },
  { dayOffset: 4, time: '12:00', content: 'article:double12-merchant-story', platform: 'weibo', title: '商家故事 · 微博' },
  { dayOffset: 5, time: '20:00', content: 'article:double12-merchant-story', platform: 'wechat', title: '商家故事 · 公众号' },
  { dayOffset: 6, time: '08:00', content: 'video:store-tour', platform: 'toutiao', title: '探店视频 · 头条号' },
  { dayOffset: 7, time: '20:00', content: 'article:newcomer-benefits', platform: 'wechat', title: '新人福利 · 公众号' },
]
