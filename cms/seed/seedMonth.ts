import type { Payload } from 'payload'
import { addDays, zonedToUtc } from '../../lib/zonedTime'
import { demoDeliveryFields } from './demoDeliveryFields'
import { MONTH_ARTICLES, MONTH_VIDEOS, monthArticleBody } from './demoMonthContent'
import { demoMonthPlan, MONTH_DAYS, type PlannedPost } from './demoMonthPlan'
import { pinApproval } from './pinApproval'
import type { SeededPost } from './seedMetrics'

type Id = string | number
/** An item the seed made: where it lives, its pinned revision and whose it is. */
export type SeededItem = { collection: 'articles' | 'videos' | 'notes'; id: Id; revision: string | null; owner: Id }
type Item = SeededItem
/** What the month leaves for the rest of the seed: its campaign, its items by key, and the posts whose numbers are still to write. */
export type SeededMonth = { campaign: Id; items: ReadonlyMap<string, SeededItem>; posts: SeededPost[] }
const base = { overrideAccess: true } as const

/**
 * The demo's last month: the 冬季会员月 campaign with KPI lines, the items it published (one with a
 * second title it tested) and a delivery for every post of the month's plan; the numbers are written
 * once the matrix's posts are in too (seedMetrics). `existing`: deliveries the seed made before.
 */
export async function seedDemoMonth(args: {
  payload: Payload
  timeZone: string
  today: string
  users: Record<string, Id>
  accounts: Record<string, Id>
  cover: Id
  existing: readonly SeededPost[]
}): Promise<SeededMonth> {
  const { payload, accounts, users } = args
  const at = (dayOffset: number, time: string, minutes = 0) =>
    new Date(zonedToUtc({ date: addDays(args.today, dayOffset), time, timeZone: args.timeZone }).getTime() + minutes * 60_000).toISOString()
  const campaign = await payload.create({
    ...base,
    collection: 'campaigns',
    data: {
      name: '冬季会员月',
      goal: '公众号打开率 ≥ 4%，活动期间公众号涨粉 1,500、阅读人数 12,000，头条视频播放 5 万',
      startsAt: at(-MONTH_DAYS, '00:00'),
      endsAt: at(7, '23:59'),
      brief: '入冬后的会员月：热汤、囤货、自提柜和家庭卡。语气像邻居聊天，写清时间、地点和门槛，不夸大优惠。',
      color: '#1677ff',
      channels: ['wechat', 'weibo', 'toutiao', 'douyin', 'xiaohongshu', 'channels'],
      owner: users.editor,
      kpis: [
        { metric: 'openRate', comparison: 'atLeast', target: 4, period: 'campaign', platform: 'wechat' },
        { metric: 'readers', comparison: 'atLeast', target: 12_000, period: 'campaign', platform: 'wechat' },
        { metric: 'newFollowers', comparison: 'atLeast', target: 1_500, period: 'campaign', account: accounts.wechat },
        { metric: 'plays', comparison: 'atLeast', target: 50_000, period: 'campaign', platform: 'toutiao' },
      ],
    },
  })
  await payload.update({ ...base, collection: 'media', id: args.cover, data: { public: true } })

  const items = new Map<string, Item>()
  for (const article of MONTH_ARTICLES) {
    const doc = await payload.create({
      ...base,
      collection: 'articles',
      data: {
        title: article.title,
        digest: article.digest,
        author: article.owner === 'editor' ? '李主编' : '张文案',
        body: monthArticleBody(article),
        status: 'published',
        campaign: campaign.id,
        cover: args.cover,
        owner: users[article.owner],
        titleCandidates: (article.candidates ?? []).map((title) => ({ title })),
      },
    })
    const revision = await pinApproval({ payload, collection: 'articles', id: doc.id, users, published: true })
    items.set(article.key, { collection: 'articles', id: doc.id, revision, owner: users[article.owner] })
  }
  for (const video of MONTH_VIDEOS) {
    const doc = await payload.create({
      ...base,
      collection: 'videos',
      data: {
        title: video.title,
        description: video.description,
        status: 'published',
        campaign: campaign.id,
        cover: args.cover,
        owner: users.designer,
      },
    })
    const revision = await pinApproval({ payload, collection: 'videos', id: doc.id, users, published: true })
    items.set(video.key, { collection: 'videos', id: doc.id, revision, owner: users.designer })
  }

  const posts: SeededPost[] = [...args.existing]
  for (const [serial, post] of demoMonthPlan().entries()) {
    const deliveryId = await createDelivery({ payload, post, serial, items, accounts, editor: users.editor, at })
    const sent = [post.content.key, ...post.bundle].map((key) => itemOf(items, key))
    posts.push({
      post,
      deliveryId,
      account: accounts[post.platform],
      campaign: campaign.id,
      publishedAt: at(post.dayOffset, post.time, 3),
      items: sent.map((item) => ({ relationTo: item.collection, value: item.id, owner: item.owner })),
    })
  }
  return { campaign: campaign.id, items, posts }
}

/** A published delivery of one planned post, with what its publisher leaves on it (demoDeliveryFields). */
export async function createDelivery(args: {
  payload: Payload
  post: PlannedPost
  serial: number
  items: ReadonlyMap<string, Item>
  accounts: Record<string, Id>
  editor: Id
  at: (dayOffset: number, time: string, minutes?: number) => string
}): Promise<Id> {
  const { post, items } = args
  const item = itemOf(items, post.content.key)
  const { fields, bundleUrls } = demoDeliveryFields({ post, serial: args.serial + 1, editor: args.editor })
  const doc = await args.payload.create({
    ...base,
    collection: 'deliveries',
    data: {
      content: { relationTo: item.collection, value: item.id },
      account: args.accounts[post.platform],
      revision: item.revision,
      bundle: post.bundle.map((key, index) => ({
        article: itemOf(items, key).id,
        revision: itemOf(items, key).revision ?? '',
        url: bundleUrls[index] ?? null,
      })),
      titleVariant: post.titleVariant,
      mode: post.mode,
      state: 'published',
      attempts: 1,
      sentAt: args.at(post.dayOffset, post.time),
      publishedAt: args.at(post.dayOffset, post.time, 3),
      ...fields,
    },
  })
  return doc.id
}

function itemOf(items: ReadonlyMap<string, Item>, key: string): Item {
  const item = items.get(key)
  if (item === undefined) throw new Error(`demo month: no item ${key}`)
  return item
}
