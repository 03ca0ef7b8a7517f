import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import type { ContentSlug } from '../content'
import type { ReviewState } from '../workflow/reviewStates'
import { DEMO_ACCOUNTS } from './demoAccounts'
import { DEMO_ARTICLES } from './demoArticles'
import { DEMO_SLOTS } from './demoCalendar'
import { DEMO_USERS } from './demoUsers'
import { demoLexicon } from './demoLexicon'
import { pinApproval } from './pinApproval'
import { seedDemoMatrix, seedMatrixAccounts } from './seedMatrix'
import { seedMetrics } from './seedMetrics'
import { seedDemoMonth } from './seedMonth'
import { saveFinishedCase, seedFinishedCampaign } from './seedFinishedCampaign'
import { seedPlanning } from './seedPlanning'
import { seedReviewTrail } from './seedReviewTrail'
import { seedApprovalTrail } from './seedApprovalTrail'

const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets')
type Id = string | number

/**
 * Loads the demo team, campaigns, content in every review state (with the trail and notifications of
 * the items waiting for review or sent back), a week of calendar, last month's posts
 * and their numbers, the matrix (抖音, 小红书, 视频号: notes, the 编导's videos, a month by account, the
 * operator's hand-offs) and a lexicon.
 */
export async function seedDemo(args: { payload: Payload; password: string; timeZone: string; now?: Date }): Promise<void> {
  const { payload } = args
  const now = args.now ?? new Date()
  const base = { overrideAccess: true } as const

  const users: Record<string, Id> = {}
  for (const user of DEMO_USERS) {
    const doc = await payload.create({ ...base, collection: 'users', data: { ...user, password: args.password } })
    users[user.role] = doc.id
  }

  const media: Record<string, Id> = {}
  for (const name of fs.readdirSync(assets).sort()) {
    const data = fs.readFileSync(path.join(assets, name))
    const doc = await payload.create({
      ...base,
      collection: 'media',
      data: { alt: name.replace(/\.\w+$/, ''), owner: users.designer },
      file: { data, mimetype: 'image/jpeg', name, size: data.length },
    })
    media[name] = doc.id
  }

  const today = zonedDate({ at: now, timeZone: args.timeZone })
  const at = (dayOffset: number, time: string) =>
    zonedToUtc({ date: addDays(today, dayOffset), time, timeZone: args.timeZone }).toISOString()
  const campaigns = {
    double12: await payload.create({
      ...base,
      collection: 'campaigns',
      data: {
        name: '双12 年终盛典',
        goal: '会员日拉新与复购：活动期 GMV 提升 30%，公众号打开率 ≥ 4%',
        startsAt: at(-3, '00:00'),
        endsAt: at(21, '23:59'),
        brief: '面向社区家庭用户，强调“新鲜、实惠、就在家门口”。语气亲切，少用感叹号；不承诺收益，不使用“最”“第一”等绝对化用语。',
        color: '#d4380d',
        channels: ['wechat', 'weibo', 'toutiao'],
        owner: users.editor,
      },
    }),
    newcomer: await payload.create({
      ...base,
      collection: 'campaigns',
      data: {
        name: '冬季新人福利周',
        goal: '新用户注册 5,000 人，首单转化率 20%',
        startsAt: at(0, '00:00'),
        endsAt: at(14, '23:59'),
        brief: '新人首单立减 20 元；突出产地与品质信息（产地、材质如实写明）。',
        color: '#07c160',
        channels: ['wechat', 'weibo'],
        owner: users.copywriter,
      },
    }),
  }

  const content: Record<string, { relationTo: ContentSlug; value: Id; status: ReviewState }> = {}
  for (const a of DEMO_ARTICLES) {
    const doc = await payload.create({
      ...base,
      collection: 'articles',
      data: {
        title: a.title,
        digest: a.digest,
        author: a.author,
        body: a.body,
        status: a.status,
        campaign: campaigns[a.campaign].id,
        cover: media[a.cover],
        owner: users.copywriter,
      },
    })
    content[`article:${a.key}`] = { relationTo: 'articles', value: doc.id, status: a.status }
    if (a.status === 'approved' || a.status === 'scheduled' || a.status === 'published')
      await pinApproval({ payload, collection: 'articles', id: doc.id, users, published: a.status === 'published' })
    if (a.status === 'published') await payload.update({ ...base, collection: 'media', id: media[a.cover], data: { public: true } })
  }
  const posters = [
    {
      key: 'member-day',
      title: '会员日主视觉',
      image: 'poster-member-day.jpg',
      copy: '会员日 · 全场满 199 减 30',
      status: 'approved' as const,
    },
    {
      key: 'double12-story',
      title: '双12 竖版海报',
      image: 'poster-double12.jpg',
      copy: '年终盛典 12.12 见',
      status: 'in_review' as const,
    },
  ]
  for (const p of posters) {
    const doc = await payload.create({
      ...base,
      collection: 'posters',
      data: {
        title: p.title,
        image: media[p.image],
        copy: p.copy,
        status: p.status,
        campaign: campaigns.double12.id,
        owner: users.designer,
      },
    })
    content[`poster:${p.key}`] = { relationTo: 'posters', value: doc.id, status: p.status }
    if (p.status === 'approved') await pinApproval({ payload, collection: 'posters', id: doc.id, users })
  }
  const video = await payload.create({
    ...base,
    collection: 'videos',
    data: {
      title: '探店｜五分钟逛完社区新店',
      description: '跟着镜头逛一圈新开的社区店：冬季新品、会员专区和自提柜。',
      cover: media['cover-newcomer.jpg'],
      status: 'draft',
      campaign: campaigns.newcomer.id,
      owner: users.designer,
    },
  })
  content['video:store-tour'] = { relationTo: 'videos', value: video.id, status: 'draft' }

  const accounts: Record<string, Id> = {}
  for (const account of DEMO_ACCOUNTS) {
    const doc = await payload.create({
      ...base,
      collection: 'platform-accounts',
      data: { ...account, credentials: { ...account.credentials }, targets: 'targets' in account ? [...account.targets] : [] },
    })
    accounts[account.platform] = doc.id
  }
  const matrixAccounts = await seedMatrixAccounts(payload)
  // The 内容运营 runs the matrix: every 小红书 and 视频号 account and the 抖音 one.
  await payload.update({ ...base, collection: 'users', id: users.operator, data: { accounts: Object.values(matrixAccounts) } })

  for (const slot of DEMO_SLOTS) {
    const item = content[slot.content]
    const ready = item.status === 'approved' || item.status === 'scheduled'
    await payload.create({
      ...base,
      collection: 'calendar-entries',
      data: {
        title: slot.title,
        campaign: slot.content.includes('newcomer') ? campaigns.newcomer.id : campaigns.double12.id,
        content: { relationTo: item.relationTo, value: item.value },
        account: accounts[slot.platform],
        publishAt: at(slot.dayOffset, slot.time),
        bundle: (slot.bundle ?? []).map((key) => content[key].value),
        mode: slot.mode ?? null,
        state: ready ? 'scheduled' : item.status === 'in_review' ? 'waiting_approval' : 'planned',
      },
    })
  }

  // Last week's 群发 of the published article, as the callback leaves it: its link and the send job's ids.
  const published = content['article:brand-news']
  const publishedDoc = await payload.findByID({ ...base, collection: 'articles', id: published.value, depth: 0 })
  const lastWeeksPush = await payload.create({
    ...base,
    collection: 'deliveries',
    data: {
      content: { relationTo: 'articles', value: published.value },
      account: accounts.wechat,
      revision: publishedDoc.approvedVersion ?? publishedDoc.publishedVersion ?? null,
      mode: 'mass',
      state: 'published',
      attempts: 1,
      msgId: '1000000001',
      msgDataId: '2247503060',
      url: 'https://mp.weixin.qq.com/s?__biz=MzDEMO==&mid=2247503060&idx=1',
      massResult: { succeeded: true, statusText: '群发成功：1280 人收到', counts: { total: 1300, sent: 1280, errors: 20 } },
      // Its day is when it went out, not when the seed wrote it: today's 群发 stays free.
      sentAt: at(-6, '20:00'),
      publishedAt: at(-6, '20:05'),
    },
  })

  const month = await seedDemoMonth({
    payload,
    timeZone: args.timeZone,
    today,
    users,
    accounts,
    cover: media['cover-newcomer.jpg'],
    existing: [
      {
        deliveryId: lastWeeksPush.id,
        account: accounts.wechat,
        campaign: campaigns.double12.id,
        publishedAt: at(-6, '20:05'),
        items: [{ relationTo: 'articles', value: published.value, owner: users.copywriter }],
        post: {
          platform: 'wechat',
          dayOffset: -6,
          time: '20:00',
          content: { collection: 'articles', key: 'brand-news' },
          bundle: [],
          mode: 'mass',
          titleVariant: null,
          weak: false,
        },
      },
    ],
  })
  const matrixPosts = await seedDemoMatrix({
    payload,
    timeZone: args.timeZone,
    today,
    now,
    users,
    accounts: matrixAccounts,
    campaign: month.campaign,
    monthItems: month.items,
  })
  const finished = await seedFinishedCampaign({
    payload,
    timeZone: args.timeZone,
    today,
    users,
    accounts,
    cover: media['cover-newcomer.jpg'],
  })
  await seedMetrics({
    payload,
    today,
    accounts: { ...accounts, douyin: matrixAccounts.douyin },
    posts: [...finished.posts, ...month.posts, ...matrixPosts],
  })
  await saveFinishedCase({ payload, campaign: finished.campaign, editor: users.editor, timeZone: args.timeZone, now })
  await seedPlanning({
    payload,
    timeZone: args.timeZone,
    today,
    users,
    accounts: { wechat: accounts.wechat, weibo: accounts.weibo, toutiao: accounts.toutiao, ...matrixAccounts },
    monthItems: month.items,
    monthCampaign: month.campaign,
    current: {
      campaign: campaigns.double12.id,
      poster: content['poster:member-day'].value,
      article: content['article:double12-guide'].value,
    },
  })
  await seedReviewTrail({ payload, now, editor: users.editor })
  await seedApprovalTrail({ payload, now, timeZone: args.timeZone })

  for (const entry of demoLexicon()) {
    await payload.create({ ...base, collection: 'sensitive-words', data: { ...entry, enabled: true } })
  }
}
