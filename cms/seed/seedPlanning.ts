import type { Payload } from 'payload'
import { addDays, zonedToUtc } from '../../lib/zonedTime'
import type { PlatformAccount } from '../payload-types'
import { demoTopicPlan, type DemoTopicAccount } from './demoPlanningTopics'
import type { SeededItem } from './seedMonth'

type Id = string | number
const base = { overrideAccess: true } as const
type Cadence = NonNullable<PlatformAccount['cadence']>

const CADENCE: Record<DemoTopicAccount | 'xhsStaff', Cadence> = {
  wechat: { count: 1, per: 'day' },
  weibo: { count: 1, per: 'day' },
  toutiao: { count: 2, per: 'week' },
  douyin: { count: 2, per: 'week' },
  xhsBrand: { count: 3, per: 'week' },
  xhsPicks: { count: 3, per: 'week' },
  xhsDeals: { count: 3, per: 'week' },
  xhsStaff: { count: 3, per: 'week' },
  channels: { count: 2, per: 'week' },
}
/** Topics of the coming days that already hold a slot, with no draft yet (待写稿). */
const HELD_SLOTS = [
  { title: '年货节预告：家庭卡怎么用', account: 'wechat', dayOffset: 3, time: '20:00' },
  { title: '草莓季开箱', account: 'xhsPicks', dayOffset: 4, time: '12:00' },
] as const
/** Festivals with a named owner; the rest remind every editor. */
const FESTIVAL_OWNERS: Record<string, 'editor' | 'copywriter' | 'designer'> = {
  元旦: 'copywriter',
  春节: 'editor',
  双12: 'editor',
  双11: 'editor',
  '618': 'copywriter',
  中秋节: 'designer',
}

/**
 * Planning on top of the demo's month: a rhythm on every account (with gaps next week), a month of
 * 选题 (done ones linked to what they became, this week's being written, next week's waiting for the
 * 选题会), two slots held by topics, owners for the main 节点, and the current campaign's budget (one
 * line waiting for the admin) and deliverables.
 */
export async function seedPlanning(args: {
  payload: Payload
  timeZone: string
  today: string
  users: Record<string, Id>
  accounts: Record<DemoTopicAccount | 'xhsStaff', Id>
  monthItems: ReadonlyMap<string, SeededItem>
  monthCampaign: Id
  current: { campaign: Id; poster: Id; article: Id }
}): Promise<void> {
  const { payload, users, accounts } = args
  const at = (dayOffset: number, time: string) =>
    zonedToUtc({ date: addDays(args.today, dayOffset), time, timeZone: args.timeZone }).toISOString()

  for (const [key, cadence] of Object.entries(CADENCE) as [keyof typeof CADENCE, Cadence][]) {
    await payload.update({ ...base, collection: 'platform-accounts', id: accounts[key], data: { cadence } })
  }

  const topics = new Map<string, Id>()
  for (const { topic, state } of demoTopicPlan()) {
    const owner = users[topic.owner]
    const item = topic.item ? args.monthItems.get(topic.item) : undefined
    const doc = await payload.create({
      ...base,
      collection: 'topics',
      data: {
        title: topic.title,
        angle: topic.angle,
        pillar: topic.pillar,
        source: topic.source,
        feature: topic.feature ?? false,
        accounts: topic.accounts.map((account) => accounts[account]),
        owner,
        dueDate: at(topic.dueOffset, '18:00'),
        campaign: topic.dueOffset < -2 ? args.monthCampaign : args.current.campaign,
        state,
        ...(state === 'idea' ? {} : { approvedBy: users.editor, approvedAt: at(topic.dueOffset - 6, '15:00') }),
      },
    })
    topics.set(topic.title, doc.id)
    const linked = item
      ? { relationTo: item.collection, value: item.id }
      : state === 'in_production'
        ? await startedDraft({ payload, title: topic.title, angle: topic.angle, owner, campaign: args.current.campaign, topic: doc.id })
        : null
    if (!linked) continue
    await payload.db.updateOne({ collection: 'topics', id: doc.id, data: { content: linked } })
    // Straight to the row: the item is approved or published, and an edit through the API would send it back to review.
    await payload.db.updateOne({ collection: linked.relationTo, id: linked.value, data: { topic: doc.id } })
  }

  for (const slot of HELD_SLOTS) {
    const topic = topics.get(slot.title)
    if (topic === undefined) throw new Error(`demo planning: no topic ${slot.title}`)
    await payload.create({
      ...base,
      collection: 'calendar-entries',
      data: {
        title: `选题：${slot.title}`,
        topic,
        account: accounts[slot.account],
        campaign: args.current.campaign,
        publishAt: at(slot.dayOffset, slot.time),
        state: 'awaiting_content',
      },
    })
  }

  const festivals = await payload.find({
    ...base,
    collection: 'festivals',
    where: { name: { in: Object.keys(FESTIVAL_OWNERS) } },
    pagination: false,
    depth: 0,
  })
  for (const festival of festivals.docs) {
    const role = FESTIVAL_OWNERS[festival.name]
    if (role) await payload.update({ ...base, collection: 'festivals', id: festival.id, data: { owner: users[role] } })
  }

  // As the team would: the editor plans the budget (the two lines above the threshold wait, and the admin is
  // notified), then the admin approves the 公众号 line and its spend is recorded.
  const [editor, admin] = await Promise.all(
    [users.editor, users.admin].map((id) => payload.findByID({ ...base, collection: 'users', id, depth: 0 })),
  )
  const planned = await payload.update({
    ...base,
    user: editor,
    collection: 'campaigns',
    id: args.current.campaign,
    data: {
      budgetLines: [
        { category: 'production', label: '主视觉与倒计时海报', planned: 3_000, spent: 2_800 },
        { category: 'ads', channel: 'wechat', label: '公众号广告主投流', planned: 8_000, spent: 0 },
        { category: 'ads', channel: 'xiaohongshu', label: '小红书达人探店合作', planned: 12_000, spent: 0 },
        { category: 'prizes', label: '会员日抽奖奖品', planned: 4_500, spent: 1_200 },
      ],
      deliverables: [
        {
          title: '会员日主视觉',
          owner: users.designer,
          dueDate: at(-2, '18:00'),
          item: { relationTo: 'posters', value: args.current.poster },
        },
        {
          title: '预热推文',
          owner: users.copywriter,
          dueDate: at(1, '18:00'),
          item: { relationTo: 'articles', value: args.current.article },
        },
        { title: '倒计时海报 ×3', owner: users.designer, dueDate: at(5, '18:00') },
        { title: '小红书探店笔记 ×4', owner: users.operator, dueDate: at(6, '18:00') },
        { title: '双12 当天战报', owner: users.editor, dueDate: at(9, '22:00') },
      ],
    },
  })
  const lines = planned.budgetLines ?? []
  await payload.update({
    ...base,
    user: admin,
    collection: 'campaigns',
    id: args.current.campaign,
    data: { budgetLines: lines.map((line) => (line.channel === 'wechat' ? { ...line, approval: 'approved' as const } : line)) },
  })
  await payload.update({
    ...base,
    user: editor,
    collection: 'campaigns',
    id: args.current.campaign,
    data: {
      budgetLines: lines.map((line) => (line.channel === 'wechat' ? { ...line, approval: 'approved' as const, spent: 5_600 } : line)),
    },
  })
}

async function startedDraft(args: { payload: Payload; title: string; angle: string; owner: Id; campaign: Id; topic: Id }) {
  const doc = await args.payload.create({
    ...base,
    collection: 'articles',
    data: {
      title: args.title,
      body: `## ${args.title}\n\n${args.angle}\n\n（正文写作中）`,
      status: 'draft',
      owner: args.owner,
      campaign: args.campaign,
      topic: args.topic,
    },
  })
  return { relationTo: 'articles' as const, value: doc.id }
}
