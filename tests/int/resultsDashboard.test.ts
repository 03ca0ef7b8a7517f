import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { z } from 'zod'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import type { PostMetric } from '../../lib/analytics/metricNames'

/**
 * The results dashboard over real rows written the way the collector writes them (Local API, no
 * user, source api): a 公众号 with seven articles, one of them far below the others (待优化), a 头条号
 * video with plays, a Weibo post with only counts. The expected numbers are worked out by hand below.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const ZONE = 'Asia/Shanghai'
// Every date counts back from today in Beijing, so the test means the same whatever the hour.
const today = zonedDate({ at: new Date(), timeZone: ZONE })
const day = (back: number) => addDays(today, -back)
const at = (back: number, time: string) => zonedToUtc({ date: day(back), time, timeZone: ZONE }).toISOString()

const numbers = z.number().nullable()
const totals = z.object({
  readers: numbers,
  plays: numbers,
  likes: numbers,
  shares: numbers,
  interactions: numbers,
  readerInteractionRate: numbers,
  playInteractionRate: numbers,
  posts: z.number(),
})
const group = totals.extend({ key: z.string(), label: z.string() })
const dashboardReply = z.object({
  range: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
  totals: totals.extend({ published: z.number(), followers: z.object({ latest: numbers, netChange: numbers }) }),
  daily: z.array(totals.extend({ date: z.string(), published: z.number() })),
  byAccount: z.array(
    group.extend({
      platformLabel: z.string(),
      followers: z.object({ latest: numbers, netChange: numbers, basis: z.string().nullable() }),
    }),
  ),
  byPlatform: z.array(group),
  byContentType: z.array(group),
  byAuthor: z.array(group),
  byHour: z.array(totals.extend({ hour: z.number() })),
  flags: z.object({
    total: z.number(),
    shown: z.array(
      z.object({
        title: z.string(),
        accountLabel: z.string(),
        metric: z.string(),
        value: z.number(),
        reason: z.string(),
        itemUrl: z.string().nullable(),
        deliveryUrl: z.string(),
      }),
    ),
  }),
})
type DashboardReply = z.infer<typeof dashboardReply>
const errorReply = z.object({ errors: z.array(z.object({ message: z.string() })) })

let wechat: Id
let toutiao: Id
let weibo: Id
let campaign: Id
let weakArticle: Id
let weakDelivery: Id

async function publishedDelivery(args: {
  content: { relationTo: 'articles' | 'videos'; value: Id }
  account: Id
  back: number
  time: string
}) {
  const doc = await cms.payload.create({
    collection: 'deliveries',
    overrideAccess: true,
    data: { content: args.content, account: args.account, state: 'published', publishedAt: at(args.back, args.time), attempts: 1 },
  })
  return doc.id
}

async function collectorRow(data: { delivery: Id; date: string } & Partial<Record<PostMetric, number>>) {
  await cms.payload.create({
    collection: 'post-metrics',
    data: { source: 'api', final: true, fetchedAt: new Date().toISOString(), ...data },
  })
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  wechat = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '品牌服务号' } })
  toutiao = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'toutiao', name: '品牌头条号' } })
  weibo = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'weibo', name: '品牌微博' } })
  campaign = await makeDoc({ payload: cms.payload, collection: 'campaigns', data: { name: '双12 会员日', owner: team.editor.id } })

  // Six 公众号 articles at 20:30 Beijing, 800 readers each over two days (600 + 200), 10 likes and 6 shares.
  for (let i = 0; i < 6; i++) {
    const article = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: `好文 ${i + 1}`, body: '正文', owner: team.copywriter.id, ...(i < 2 ? { campaign } : {}) },
    })
    const delivery = await publishedDelivery({
      content: { relationTo: 'articles', value: article },
      account: wechat,
      back: 20 - i,
      time: '20:30',
    })
    await collectorRow({ delivery, date: day(20 - i), readers: 600, likes: 8, shares: 5 })
    await collectorRow({ delivery, date: day(19 - i), readers: 200, likes: 2, shares: 1 })
  }
  // The seventh: 120 readers, under half of 800.
  weakArticle = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '冷门话题', body: '正文', owner: team.copywriter.id },
  })
  weakDelivery = await publishedDelivery({
    content: { relationTo: 'articles', value: weakArticle },
    account: wechat,
    back: 10,
    time: '20:30',
  })
  await collectorRow({ delivery: weakDelivery, date: day(10), readers: 100, likes: 1 })
  await collectorRow({ delivery: weakDelivery, date: day(9), readers: 20 })

  // A 头条号 video at 09:00: 5,000 plays, 100 likes, 20 comments. Plays are counts, never readers.
  const video = await makeDoc({ payload: cms.payload, collection: 'videos', data: { title: '门店探访', owner: team.designer.id } })
  const videoDelivery = await publishedDelivery({
    content: { relationTo: 'videos', value: video },
    account: toutiao,
    back: 12,
    time: '09:00',
  })
  await collectorRow({ delivery: videoDelivery, date: day(12), plays: 4000, likes: 80, comments: 20 })
  await collectorRow({ delivery: videoDelivery, date: day(11), plays: 1000, likes: 20 })

  // A Weibo post at 23:30 Beijing (15:30 UTC): only counts, neither readers nor plays.
  const teaser = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '微博预告', body: '正文', owner: team.editor.id },
  })
  const weiboDelivery = await publishedDelivery({
    content: { relationTo: 'articles', value: teaser },
    account: weibo,
    back: 5,
    time: '23:30',
  })
  await collectorRow({ delivery: weiboDelivery, date: day(5), likes: 30, reposts: 6, comments: 4 })

  // Followers: the 公众号 from 1,000 the day before the range to 1,150; Weibo only says 新增/取消.
  await cms.payload.create({ collection: 'account-metrics', data: { account: wechat, date: day(31), followers: 1000, source: 'api' } })
  await cms.payload.create({ collection: 'account-metrics', data: { account: wechat, date: day(15), followers: 1100, source: 'api' } })
  await cms.payload.create({ collection: 'account-metrics', data: { account: wechat, date: day(1), followers: 1150, source: 'api' } })
  await cms.payload.create({
    collection: 'account-metrics',
    data: { account: weibo, date: day(3), newFollowers: 12, lostFollowers: 2, source: 'api' },
  })
})
after(async () => cms?.close())

const get = (path: string, token?: string) => api({ url: cms.url, method: 'GET', path, token })

async function dashboard(query: string, token = tokens.copywriter): Promise<DashboardReply> {
  const reply = await get(`/api/analytics/dashboard${query}`, token)
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  return dashboardReply.parse(reply.body)
}

describe('the results dashboard', () => {
  test('totals keep 阅读人数 (people) and 播放量 (plays) apart, over the last 30 days up to yesterday by default', async () => {
    const body = await dashboard('')
    assert.deepEqual(body.range, { from: day(30), to: day(1), timeZone: ZONE })
    assert.equal(body.totals.readers, 6 * 800 + 120)
    assert.equal(body.totals.plays, 5000)
    assert.equal(body.totals.likes, 6 * 10 + 1 + 100 + 30)
    assert.equal(body.totals.interactions, 6 * 16 + 1 + 120 + 40)
    assert.equal(body.totals.readerInteractionRate, (6 * 16 + 1) / 4920)
    assert.equal(body.totals.playInteractionRate, 120 / 5000)
    assert.equal(body.totals.published, 9)
    assert.deepEqual(body.totals.followers, { latest: 1150, netChange: 150 + 10 })
    assert.equal(body.daily.length, 30)
    assert.deepEqual(
      body.daily.filter((point) => point.date === day(12)).map((point) => [point.readers, point.plays, point.published]),
      [[null, 4000, 1]],
    )
  })

  test('breakdowns by account, platform, content type, author and publish hour, in words', async () => {
    const body = await dashboard(`?from=${day(30)}&to=${day(1)}`)
    assert.deepEqual(
      body.byAccount.map((row) => [row.label, row.platformLabel, row.readers, row.plays, row.interactions, row.followers.netChange]),
      [
        ['品牌服务号', '公众号', 4920, null, 97, 150],
        ['品牌头条号', '头条号', null, 5000, 120, null],
        ['品牌微博', '微博', null, null, 40, 10],
      ],
    )
    assert.deepEqual(
      body.byAccount.map((row) => row.followers.basis),
      ['followers', null, 'flows'],
    )
    assert.deepEqual(
      body.byPlatform.map((row) => [row.label, row.readers, row.plays]),
      [
        ['公众号', 4920, null],
        ['头条号', null, 5000],
        ['微博', null, null],
      ],
    )
    assert.deepEqual(
      body.byContentType.map((row) => [row.label, row.posts]),
      [
        ['图文', 8],
        ['视频', 1],
      ],
    )
    assert.deepEqual(
      body.byAuthor.map((row) => [row.label, row.readers, row.plays, row.interactions]),
      [
        ['copywriter', 4920, null, 97],
        ['designer', null, 5000, 120],
        ['editor', null, null, 40],
      ],
    )
    assert.equal(body.byHour.length, 24)
    assert.deepEqual(
      [body.byHour[20].readers, body.byHour[9].plays, body.byHour[23].interactions, body.byHour[15].posts],
      [4920, 5000, 40, 0],
    )
  })

  test('the post far below its account’s median is 待优化, with the reason and links', async () => {
    const body = await dashboard('', tokens.designer)
    assert.equal(body.flags.total, 1)
    assert.deepEqual(body.flags.shown, [
      {
        title: '冷门话题',
        accountLabel: '品牌服务号',
        metric: 'readers',
        value: 120,
        reason: '阅读人数 120，不到本账号近 6 篇中位数 800 的一半',
        itemUrl: `/admin/collections/articles/${weakArticle}`,
        deliveryUrl: `/admin/collections/deliveries/${weakDelivery}`,
      },
    ])
  })

  test('filters: one platform, one account, one campaign (whose post is still judged against the whole account)', async () => {
    const onlyVideo = await dashboard(`?platform=toutiao`)
    assert.deepEqual([onlyVideo.totals.readers, onlyVideo.totals.plays, onlyVideo.flags.total], [null, 5000, 0])
    const onlyWeibo = await dashboard(`?account=${weibo}&from=${day(30)}&to=${day(1)}`)
    assert.deepEqual([onlyWeibo.totals.interactions, onlyWeibo.totals.posts, onlyWeibo.byAccount.length], [40, 1, 1])
    const inCampaign = await dashboard(`?campaign=${campaign}`)
    assert.deepEqual([inCampaign.totals.readers, inCampaign.totals.posts, inCampaign.flags.total], [1600, 2, 0])
    const narrow = await dashboard(`?from=${day(10)}&to=${day(9)}`)
    assert.deepEqual([narrow.totals.readers, narrow.flags.shown.map((flag) => flag.title)], [120, ['冷门话题']])
  })

  test('new numbers show at once: an answer is remembered only while the numbers stand still', async () => {
    const before = await dashboard(`?account=${toutiao}`)
    assert.equal(before.totals.plays, 5000)
    const again = await dashboard(`?account=${toutiao}`)
    assert.deepEqual(again, before)
    const video = await makeDoc({ payload: cms.payload, collection: 'videos', data: { title: '新品开箱', owner: team.designer.id } })
    const delivery = await publishedDelivery({ content: { relationTo: 'videos', value: video }, account: toutiao, back: 3, time: '12:00' })
    await collectorRow({ delivery, date: day(3), plays: 700 })
    const after = await dashboard(`?account=${toutiao}`)
    assert.deepEqual([after.totals.plays, after.totals.published], [5700, 2])
    await cms.payload.delete({ collection: 'post-metrics', where: { delivery: { equals: delivery } }, overrideAccess: true })
    assert.equal((await dashboard(`?account=${toutiao}`)).totals.plays, 5000)
  })

  test('bad queries are refused with a sentence saying what to fix', async () => {
    const cases: [string, string][] = [
      ['?from=2026-02-30', '开始日期不是一个真实的日期，请检查月份和日子'],
      ['?to=yesterday', '结束日期请写成 YYYY-MM-DD，例如 2026-12-01'],
      [`?from=${day(1)}&to=${day(5)}`, `开始日期 ${day(1)} 晚于结束日期 ${day(5)}，请调换一下`],
      [`?from=${day(800)}&to=${day(1)}`, '一次最多查看 366 天，请缩短日期范围'],
      ['?platform=douban', '平台只能是公众号、微博或头条号'],
      ['?limit=5', '无法识别的查询参数：limit。可用的参数有 from、to、platform、account、campaign'],
    ]
    for (const [query, message] of cases) {
      const reply = await get(`/api/analytics/dashboard${query}`, tokens.editor)
      assert.equal(reply.status, 400, query)
      assert.equal(errorReply.parse(reply.body).errors[0].message, message)
    }
  })
})

describe('doors', () => {
  test('anonymous callers are asked to log in; every team role may look', async () => {
    const reply = await get('/api/analytics/dashboard')
    assert.equal(reply.status, 401)
    assert.equal(errorReply.parse(reply.body).errors[0].message, '请先登录。')
    for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const) {
      assert.equal((await get('/api/analytics/dashboard', tokens[role])).status, 200, role)
    }
  })
})
