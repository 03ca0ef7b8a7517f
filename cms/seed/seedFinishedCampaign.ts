import { createLocalReq, type Payload } from 'payload'
import { loadRetro } from '../planning/retro/loadRetro'
import { retroSnapshot } from '../planning/retro/retroSnapshot'
import { templateFromCampaign } from '../planning/retro/templateFromCampaign'
import { addDays, zonedToUtc } from '../../lib/zonedTime'
import type { PlannedPost } from './demoMonthPlan'
import { FINISHED_CAMPAIGN_ARTICLES } from './demoFinishedCampaign'
import { pinApproval } from './pinApproval'
import type { SeededPost } from './seedMetrics'
import { createDelivery, type SeededItem } from './seedMonth'

type Id = string | number
const base = { overrideAccess: true } as const

const POSTS: readonly Omit<PlannedPost, 'bundle' | 'titleVariant' | 'weak'>[] = [
  { platform: 'weibo', dayOffset: -29, time: '12:00', content: { collection: 'articles', key: 'w1' }, mode: null },
  { platform: 'wechat', dayOffset: -29, time: '20:00', content: { collection: 'articles', key: 'w1' }, mode: 'mass' },
  { platform: 'weibo', dayOffset: -27, time: '12:00', content: { collection: 'articles', key: 'w2' }, mode: null },
  { platform: 'wechat', dayOffset: -27, time: '20:00', content: { collection: 'articles', key: 'w2' }, mode: 'mass' },
]

/**
 * A campaign that ended before the month began (暖冬预热周): its two articles, their posts (numbers
 * written with the month's by seedMetrics), KPI lines, a spent budget, a finished checklist, its
 * 复盘. Returns its id and the posts; the case is saved once their numbers exist (saveFinishedCase).
 */
export async function seedFinishedCampaign(args: {
  payload: Payload
  timeZone: string
  today: string
  users: Record<string, Id>
  accounts: Record<string, Id>
  cover: Id
}): Promise<{ campaign: Id; posts: SeededPost[] }> {
  const { payload, users, accounts } = args
  const at = (dayOffset: number, time: string, minutes = 0) =>
    new Date(zonedToUtc({ date: addDays(args.today, dayOffset), time, timeZone: args.timeZone }).getTime() + minutes * 60_000).toISOString()
  const kpis = [
    { metric: 'readers' as const, comparison: 'atLeast' as const, target: 3_000, period: 'campaign' as const, platform: 'wechat' as const },
    { metric: 'openRate' as const, comparison: 'atLeast' as const, target: 5, period: 'campaign' as const, platform: 'wechat' as const },
    { metric: 'posts' as const, comparison: 'atLeast' as const, target: 4, period: 'campaign' as const },
  ]
  const budgetLines = [
    { category: 'production' as const, label: '预热海报与长图', planned: 1_500, spent: 1_380 },
    { category: 'ads' as const, channel: 'weibo' as const, label: '微博粉丝通', planned: 3_000, spent: 3_000 },
    { category: 'prizes' as const, label: '转发抽奖：暖冬礼盒 10 份', planned: 1_200, spent: 1_200 },
  ]
  const whatWorked = '群发放在周五晚 8 点，打开率比平时高；“三件准备”清单体被转发最多，评论区多在问自提柜。'
  const lessons = '两次群发隔一天，第二次打开率明显下降，营业时间这类通知下次改用“发表”；预热只做了一周，微博投流起量慢，下次提前三天开始。'
  const campaign = await payload.create({
    ...base,
    collection: 'campaigns',
    data: {
      name: '暖冬预热周',
      goal: '为会员月预热：公众号阅读人数 3,000，打开率 ≥ 5%',
      startsAt: at(-30, '00:00'),
      endsAt: at(-24, '23:59'),
      brief: '入冬提醒和会员月预告，语气像邻居打招呼。',
      color: '#fa8c16',
      channels: ['wechat', 'weibo'],
      owner: users.editor,
      kpis,
      budgetLines,
      retro: { whatWorked, lessons },
    },
  })
  const items = new Map<string, SeededItem>()
  for (const article of FINISHED_CAMPAIGN_ARTICLES) {
    const doc = await payload.create({
      ...base,
      collection: 'articles',
      data: {
        title: article.title,
        digest: article.digest,
        body: `${article.digest}\n\n## 怎么安排\n\n各门店的具体时间见门店公告，自提柜照常开放。`,
        status: 'published',
        campaign: campaign.id,
        cover: args.cover,
        owner: users.copywriter,
      },
    })
    const revision = await pinApproval({ payload, collection: 'articles', id: doc.id, users, published: true })
    items.set(article.key, { collection: 'articles', id: doc.id, revision, owner: users.copywriter })
  }
  const itemOf = (key: string) => {
    const item = items.get(key)
    if (!item) throw new Error(`finished campaign: no item ${key}`)
    return item
  }
  await payload.update({
    ...base,
    collection: 'campaigns',
    id: campaign.id,
    data: {
      deliverables: [
        { title: '预热长图', owner: users.designer, dueDate: at(-31, '18:00'), item: null },
        {
          title: '「三件准备」推文',
          owner: users.copywriter,
          dueDate: at(-30, '18:00'),
          item: { relationTo: 'articles', value: itemOf('w1').id },
        },
        {
          title: '营业时间通知',
          owner: users.copywriter,
          dueDate: at(-28, '18:00'),
          item: { relationTo: 'articles', value: itemOf('w2').id },
        },
      ],
    },
  })

  const posts: SeededPost[] = []
  for (const [index, planned] of POSTS.entries()) {
    const post: PlannedPost = { ...planned, bundle: [], titleVariant: null, weak: false }
    const item = itemOf(post.content.key)
    // Serials after the month's, so the ids the statistics join on stay unique.
    const deliveryId = await createDelivery({ payload, post, serial: 899 + index, items, accounts, editor: users.editor, at })
    posts.push({
      post,
      deliveryId,
      account: accounts[post.platform],
      campaign: campaign.id,
      publishedAt: at(post.dayOffset, post.time, 3),
      items: [{ relationTo: 'articles', value: item.id, owner: users.copywriter }],
    })
  }

  return { campaign: campaign.id, posts }
}

/** The finished campaign saved to the 案例库 as an editor's 存为案例 does: its targets against results as they stand. */
export async function saveFinishedCase(args: { payload: Payload; campaign: Id; editor: Id; timeZone: string; now: Date }): Promise<void> {
  const { payload } = args
  const user = await payload.findByID({ ...base, collection: 'users', id: args.editor, depth: 0 })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  const page = await loadRetro({ req, id: String(args.campaign), now: args.now })
  if (!page) throw new Error('demo: the finished campaign has no 复盘 page')
  const campaign = await payload.findByID({ ...base, collection: 'campaigns', id: args.campaign, depth: 0 })
  const data = templateFromCampaign({ campaign, results: retroSnapshot({ page, savedAt: args.now }), timeZone: args.timeZone })
  await payload.create({ ...base, collection: 'campaign-templates', data, depth: 0 })
}
