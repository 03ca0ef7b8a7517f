import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { z } from 'zod'
import { createLocalReq } from 'payload'
import { fakeFollowerDay } from '../fakes/wechat/datacubeNumbers'
import { fakeAccountData } from '../fakes/shared/fakeAccounts'
import { type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import type { TestCms } from '../helpers/testCms'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import { approvedArticle, deliveryOfEntry, type SchedulerWorld, startSchedulerWorld, waitForState } from './schedulerWorld'
import { beijingMorning, setFakeClock, wechatReported } from './statsCollectionWorld'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import type { PostMetric } from '../../lib/analytics/metricNames'

/**
 * A campaign judged against its KPI lines from the numbers the collector stores: a 群发 whose readers
 * from the push over the followers the day before give 打开率 5.2% against a target of 4% (达成); a
 * 群发 published through the worker to the WeChat fake and collected from it, measured with the fake's
 * own numbers; and the doors of the three results endpoints.
 */
let world: SchedulerWorld
let cms: TestCms
let team: SchedulerWorld['team']
const tokens: Record<string, string> = {}
const ZONE = 'Asia/Shanghai'
// Every date is counted back from today in Beijing, so the campaign is over whatever the hour.
const today = zonedDate({ at: new Date(), timeZone: ZONE })
const day = (back: number) => addDays(today, -back)
const at = (back: number, time: string) => zonedToUtc({ date: day(back), time, timeZone: ZONE }).toISOString()
const SEND_DAY = 15

const kpiSchema = z.object({
  metric: z.string(),
  label: z.string(),
  target: z.number(),
  value: z.number().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  trend: z.array(z.object({ date: z.string(), value: z.number().nullable() })),
  notes: z.array(z.string()),
})
const campaignReply = z.object({
  campaign: z.object({ name: z.string() }),
  period: z.object({ from: z.string(), end: z.string().nullable(), complete: z.boolean() }),
  kpis: z.array(kpiSchema),
  posts: z.array(
    z.object({
      title: z.string(),
      rankBy: z.string().nullable(),
      rank: z.number().nullable(),
      link: z.string().nullable(),
      account: z.object({ name: z.string() }),
      numbers: z.object({ readers: z.number().nullable(), interactions: z.number().nullable() }),
    }),
  ),
})
const errorReply = z.object({ errors: z.array(z.object({ message: z.string() })) })

let campaign: Id
let wechat: Id

/** A published delivery as publishing leaves it (deliveries are written only by the product's own code). */
async function publishedDelivery(args: { article: Id; account: Id; mode?: 'mass' | 'publish'; back: number; url: string }): Promise<Id> {
  const doc = await cms.payload.create({
    collection: 'deliveries',
    overrideAccess: true,
    data: {
      content: { relationTo: 'articles', value: args.article },
      account: args.account,
      state: 'published',
      ...(args.mode ? { mode: args.mode } : {}),
      publishedAt: at(args.back, '12:00'),
      url: args.url,
      attempts: 1,
    },
  })
  return doc.id
}

/** A day's numbers as the collector writes them: no user, source api. */
async function collectorRow(data: { delivery: Id; date: string } & Partial<Record<PostMetric, number>>) {
  await cms.payload.create({
    collection: 'post-metrics',
    data: { source: 'api', final: true, fetchedAt: new Date().toISOString(), ...data },
  })
}

before(async () => {
  world = await startSchedulerWorld()
  cms = world.cms
  team = world.team
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  wechat = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '品牌服务号' } })
  const weibo = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'weibo', name: '品牌微博' } })
  campaign = await makeDoc({
    payload: cms.payload,
    collection: 'campaigns',
    data: {
      name: '双12 会员日',
      owner: team.editor.id,
      startsAt: at(20, '00:00'),
      endsAt: at(10, '23:59'),
      kpis: [
        { metric: 'openRate', comparison: 'atLeast', target: 4, period: 'campaign' },
        { metric: 'readers', comparison: 'atLeast', target: 1000, period: 'campaign' },
        { metric: 'interactions', comparison: 'atLeast', target: 10, period: 'campaign', platform: 'weibo' },
      ],
    },
  })
  const article = (title: string) =>
    makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title, body: '正文', status: 'published', campaign, owner: team.copywriter.id },
    })
  const push = await publishedDelivery({
    article: await article('会员日满减攻略'),
    account: wechat,
    mode: 'mass',
    back: SEND_DAY,
    url: 'https://mp.weixin.qq.com/s/push',
  })
  // Published without notifying: its readers are not readers from a 群发.
  const quiet = await publishedDelivery({
    article: await article('门店地图'),
    account: wechat,
    mode: 'publish',
    back: 13,
    url: 'https://mp.weixin.qq.com/s/quiet',
  })
  const post = await publishedDelivery({ article: await article('微博预告'), account: weibo, back: 14, url: 'https://weibo.com/1/abc' })

  // 1,000 followers the day before the 群发 (and more on the day itself, which must not count).
  for (const [back, followers] of [
    [SEND_DAY + 3, 990],
    [SEND_DAY + 1, 1000],
    [SEND_DAY, 1200],
  ] as const)
    await cms.payload.create({ collection: 'account-metrics', data: { account: wechat, date: day(back), followers, source: 'api' } })
  await collectorRow({ delivery: push, date: day(SEND_DAY), readers: 60, pushReaders: 40, likes: 3, shares: 2 })
  await collectorRow({ delivery: push, date: day(SEND_DAY - 1), readers: 20, pushReaders: 12, likes: 1 })
  await collectorRow({ delivery: quiet, date: day(13), readers: 300, pushReaders: 300 })
  await collectorRow({ delivery: post, date: day(14), likes: 9, comments: 2, reposts: 1 })
})
after(async () => world?.close())

const get = (path: string, token?: string) => api({ url: cms.url, method: 'GET', path, token })

describe('a campaign against its targets', () => {
  test('打开率 ≥ 4%: the 群发’s 52 readers from the push over 1,000 followers the day before is 5.2%, 达成', async () => {
    const reply = await get(`/api/analytics/campaigns/${campaign}`, tokens.copywriter)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const body = campaignReply.parse(reply.body)
    assert.deepEqual([body.period.from, body.period.end, body.period.complete], [day(20), day(10), true])
    const [openRate, readers, weiboInteractions] = body.kpis
    assert.equal(openRate.label, '打开率')
    assert.equal(openRate.value, 5.2)
    assert.equal(openRate.status, 'met')
    assert.equal(openRate.statusLabel, '达成')
    assert.deepEqual(openRate.notes, [])
    assert.deepEqual(
      openRate.trend.find((point) => point.date === day(SEND_DAY)),
      { date: day(SEND_DAY), value: 5.2 },
    )
    assert.equal(readers.value, 380)
    assert.equal(readers.statusLabel, '未达成')
    assert.equal(weiboInteractions.value, 12)
    assert.equal(weiboInteractions.statusLabel, '达成')
  })

  test('posts are ranked within their unit: readers for the 公众号 posts, interactions for the Weibo post that reports no readers', async () => {
    const body = campaignReply.parse((await get(`/api/analytics/campaigns/${campaign}`, tokens.editor)).body)
    assert.deepEqual(
      body.posts.map((post) => [post.title, post.rankBy, post.rank, post.numbers.readers]),
      [
        ['门店地图', 'readers', 1, 300],
        ['会员日满减攻略', 'readers', 2, 80],
        ['微博预告', 'interactions', 1, null],
      ],
    )
    assert.equal(body.posts[1].link, 'https://mp.weixin.qq.com/s/push')
  })

  test('without the followers of the day before (or any earlier day), 打开率 has no value: 暂无数据', async () => {
    const rows = await cms.payload.find({ collection: 'account-metrics', where: { account: { equals: wechat } }, overrideAccess: true })
    const saved = rows.docs.map((doc) => ({ date: doc.date, followers: doc.followers }))
    await cms.payload.delete({ collection: 'account-metrics', where: { account: { equals: wechat } }, overrideAccess: true })
    try {
      const body = campaignReply.parse((await get(`/api/analytics/campaigns/${campaign}`, tokens.editor)).body)
      assert.equal(body.kpis[0].value, null)
      assert.equal(body.kpis[0].statusLabel, '暂无数据')
      assert.deepEqual(body.kpis[0].notes, ['1 次群发缺少发送前一天的粉丝数，未计入'])
    } finally {
      for (const row of saved) await cms.payload.create({ collection: 'account-metrics', data: { account: wechat, source: 'api', ...row } })
    }
  })

  test('an account’s standing target of 打开率 ≥ 4% over a range is 达成 too', async () => {
    await cms.payload.update({
      collection: 'platform-accounts',
      id: wechat,
      overrideAccess: true,
      data: { targets: [{ metric: 'openRate', comparison: 'atLeast', target: 4, period: 'campaign' }] },
    })
    const reply = await get(`/api/analytics/accounts/${wechat}/targets?from=${day(20)}&to=${day(10)}`, tokens.designer)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const body = z.object({ account: z.object({ name: z.string() }), targets: z.array(kpiSchema) }).parse(reply.body)
    assert.equal(body.account.name, '品牌服务号')
    assert.deepEqual(
      body.targets.map((target) => [target.label, target.value, target.statusLabel]),
      [['打开率', 5.2, '达成']],
    )
    const lastThirty = z
      .object({ period: z.object({ from: z.string(), measuredTo: z.string() }) })
      .parse((await get(`/api/analytics/accounts/${wechat}/targets`, tokens.editor)).body)
    assert.deepEqual(lastThirty.period, { from: day(30), measuredTo: day(1) })
  })
})

describe('doors', () => {
  test('anonymous callers are asked to log in at every results endpoint', async () => {
    for (const path of [`/api/analytics/campaigns/${campaign}`, `/api/analytics/accounts/${wechat}/targets`]) {
      const reply = await get(path)
      assert.equal(reply.status, 401, path)
      assert.equal(errorReply.parse(reply.body).errors[0].message, '请先登录。')
    }
  })

  test('every team role reads the campaign’s results exactly when it may read the campaign itself', async () => {
    for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const) {
      const collection = await get(`/api/campaigns/${campaign}`, tokens[role])
      const results = await get(`/api/analytics/campaigns/${campaign}`, tokens[role])
      assert.equal(results.status, collection.status, role)
    }
  })

  test('an unknown campaign or account is a 404 in words; a bad range is a 400 that says what to fix', async () => {
    const missing = await get('/api/analytics/campaigns/999999', tokens.editor)
    assert.equal(missing.status, 404)
    assert.match(errorReply.parse(missing.body).errors[0].message, /找不到这个活动/)
    const garbage = await get('/api/analytics/campaigns/not%20an%20id', tokens.editor)
    assert.equal(garbage.status, 404)
    const noAccount = await get('/api/analytics/accounts/999999/targets', tokens.editor)
    assert.equal(noAccount.status, 404)
    assert.match(errorReply.parse(noAccount.body).errors[0].message, /找不到这个平台账号/)
    const backwards = await get(`/api/analytics/accounts/${wechat}/targets?from=${day(1)}&to=${day(5)}`, tokens.editor)
    assert.equal(backwards.status, 400)
    assert.match(errorReply.parse(backwards.body).errors[0].message, /开始日期（from）不能晚于结束日期（to）/)
    const badDay = await get(`/api/analytics/accounts/${wechat}/targets?from=2026-02-30`, tokens.editor)
    assert.equal(badDay.status, 400)
    assert.match(errorReply.parse(badDay.body).errors[0].message, /日期不存在/)
  })
})

describe('a 群发 published through the worker and collected from the WeChat fake', () => {
  let worker: TestWorker | undefined
  before(async () => {
    worker = await startTestWorker({ lockMs: 5000, reconcileEveryMs: 5000 })
  })
  after(async () => worker?.stop())

  test(
    '打开率 is the fake’s readers from the push over the fake’s followers the day before the send',
    withWorkerLog(
      () => worker,
      async () => {
        const account = world.accounts.wechat
        await world.control.wechat.configure({
          massPollsUntilFinal: 0,
          callbackUrl: `${cms.url}/api/platform-accounts/${account}/callback`,
        })
        const fromFake = await makeDoc({
          payload: cms.payload,
          collection: 'campaigns',
          data: {
            name: '会员日 群发',
            owner: team.editor.id,
            startsAt: at(1, '00:00'),
            endsAt: at(-1, '23:59'),
            kpis: [{ metric: 'openRate', comparison: 'atLeast', target: 4, period: 'campaign' }],
          },
        })
        const lead = await approvedArticle(world, '会员日 群发 头条')
        const entry = await api<{ doc?: { id: Id } }>({
          url: cms.url,
          method: 'POST',
          path: '/api/calendar-entries',
          token: tokens.editor,
          body: {
            title: '群发',
            campaign: fromFake,
            content: { relationTo: 'articles', value: lead.id },
            account,
            mode: 'mass',
            publishAt: new Date(Date.now() + 3000).toISOString(),
            publishAt_tz: ZONE,
          },
        })
        assert.equal(entry.status, 201, JSON.stringify(entry.body))
        const id = await deliveryOfEntry(world, entry.body.doc?.id ?? 'missing entry id')
        const done = await waitForState(world, {
          id,
          states: ['published', 'failed', 'unconfirmed', 'needs_reauth', 'cancelled'],
          timeoutMs: 60_000,
        })
        assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        const push = await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })
        assert.ok(push.publishedAt && push.msgDataId)
        const sendDay = zonedDate({ at: new Date(push.publishedAt), timeZone: ZONE })

        // Two mornings later both days of the push are in, and so are the followers of the day before it.
        const now = beijingMorning({ at: new Date(push.publishedAt), days: 2 })
        await setFakeClock({ world, name: 'wechat', to: now })
        const { collectAccountStats } = await import('../../cms/analytics/collect')
        await collectAccountStats({ payload: world.db, accountId: account, now })

        const reported = await Promise.all(
          [sendDay, addDays(sendDay, 1)].map((date) => wechatReported({ world, msgid: `${push.msgDataId}_1`, date })),
        )
        const pushReaders = reported.reduce((sum, one) => sum + one.day.pushReaders, 0)
        const appId = String((fakeAccountData('wechat', 'x').credentials as Record<string, unknown>).appId)
        const followers = fakeFollowerDay({ appId, date: addDays(sendDay, -1) }).followers
        assert.ok(pushReaders > 0 && followers > 0, `the fake reported ${pushReaders} readers from the push and ${followers} followers`)
        const expected = Math.round((pushReaders / followers) * 100 * 10_000) / 10_000

        // The endpoint measures up to yesterday by the real clock; the collection ran at a later pinned morning, so ask for that morning.
        const { campaignResults } = await import('../../cms/analytics/targets/campaignResults')
        const editor = await cms.payload.findByID({ collection: 'users', id: team.editor.id, depth: 0, overrideAccess: true })
        const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, cms.payload)
        const results = await campaignResults({ req, id: String(fromFake), now })
        const [openRate] = results.kpis
        assert.equal(openRate.value, expected, JSON.stringify(openRate))
        assert.equal(openRate.statusLabel, expected >= 4 ? '达成' : '未达成')
        assert.deepEqual(openRate.notes, [])
        assert.equal(results.posts[0]?.numbers.pushReaders, pushReaders)
      },
    ),
  )
})
