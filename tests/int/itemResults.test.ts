import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { z } from 'zod'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, draftArticle, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import type { PostMetric } from '../../lib/analytics/metricNames'

/** An item's numbers per account and per day: a lead sent in a 群发 and on Weibo, and the 次条 of that push. */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const ZONE = 'Asia/Shanghai'
const today = zonedDate({ at: new Date(), timeZone: ZONE })
const day = (back: number) => addDays(today, -back)
let lead: Id
let second: Id
let push: Id

const numbers = z.object({
  readers: z.number().nullable(),
  plays: z.number().nullable(),
  likes: z.number().nullable(),
  interactions: z.number().nullable(),
})
const itemReply = z.object({
  item: z.object({ title: z.string() }),
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  totals: numbers,
  days: z.array(numbers.extend({ date: z.string() })),
  accounts: z.array(
    z.object({
      account: z.object({ name: z.string(), platformLabel: z.string() }),
      totals: numbers,
      days: z.array(numbers.extend({ date: z.string() })),
      posts: z.array(z.object({ position: z.number(), link: z.string().nullable(), mass: z.boolean(), totals: numbers })),
    }),
  ),
})
const errorReply = z.object({ errors: z.array(z.object({ message: z.string() })) })

async function collectorRow(data: { delivery: Id; date: string; position?: number } & Partial<Record<PostMetric, number>>) {
  await cms.payload.create({ collection: 'post-metrics', data: { source: 'api', final: true, ...data } })
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  const wechat = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '品牌服务号' } })
  const weibo = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'weibo', name: '品牌微博' } })
  const article = (title: string) =>
    makeDoc({ payload: cms.payload, collection: 'articles', data: { title, body: '正文', status: 'published', owner: team.copywriter.id } })
  lead = await article('会员日满减攻略')
  second = await article('门店地图')
  const published = (data: Record<string, unknown>) =>
    cms.payload.create({
      collection: 'deliveries',
      overrideAccess: true,
      data: {
        state: 'published',
        attempts: 1,
        publishedAt: zonedToUtc({ date: day(3), time: '20:00', timeZone: ZONE }).toISOString(),
        ...data,
      } as never,
    })
  push = (
    await published({
      content: { relationTo: 'articles', value: lead },
      account: wechat,
      mode: 'mass',
      url: 'https://mp.weixin.qq.com/s/lead',
      bundle: [{ article: second, revision: 'r2', url: 'https://mp.weixin.qq.com/s/second' }],
    })
  ).id
  const post = (await published({ content: { relationTo: 'articles', value: lead }, account: weibo, url: 'https://weibo.com/1/abc' })).id
  await collectorRow({ delivery: push, date: day(3), readers: 100, pushReaders: 70, likes: 4 })
  await collectorRow({ delivery: push, date: day(2), readers: 30, likes: 1 })
  await collectorRow({ delivery: push, position: 2, date: day(3), readers: 40 })
  await collectorRow({ delivery: post, date: day(3), likes: 5, comments: 2 })
})
after(async () => cms?.close())

const get = (path: string, token?: string) => api({ url: cms.url, method: 'GET', path, token })

describe("an item's numbers", () => {
  test('the lead: per account (the 群发 and the Weibo post), per day, and in total', async () => {
    const reply = await get(`/api/analytics/items/articles/${lead}`, tokens.copywriter)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const body = itemReply.parse(reply.body)
    assert.equal(body.item.title, '会员日满减攻略')
    assert.deepEqual(body.range, { from: day(3), to: day(2) })
    assert.deepEqual([body.totals.readers, body.totals.likes, body.totals.interactions], [130, 10, 12])
    assert.deepEqual(
      body.days.map((one) => [one.date, one.readers, one.likes]),
      [
        [day(3), 100, 9],
        [day(2), 30, 1],
      ],
    )
    const [wechat, weibo] = body.accounts
    assert.deepEqual([wechat.account.platformLabel, wechat.totals.readers, wechat.days.length], ['公众号', 130, 2])
    assert.deepEqual(
      wechat.posts.map((one) => [one.position, one.link, one.mass]),
      [[1, 'https://mp.weixin.qq.com/s/lead', true]],
    )
    assert.deepEqual([weibo.account.name, weibo.totals.readers, weibo.totals.interactions], ['品牌微博', null, 7])
  })

  test('the 次条: its own position in the push, its own numbers', async () => {
    const body = itemReply.parse((await get(`/api/analytics/items/articles/${second}`, tokens.editor)).body)
    assert.equal(body.accounts.length, 1)
    assert.deepEqual(
      body.accounts[0].posts.map((one) => [one.position, one.link, one.totals.readers]),
      [[2, 'https://mp.weixin.qq.com/s/second', 40]],
    )
    assert.equal(body.totals.readers, 40)
  })

  test('a range keeps only its days', async () => {
    const body = itemReply.parse((await get(`/api/analytics/items/articles/${lead}?from=${day(2)}&to=${day(2)}`, tokens.editor)).body)
    assert.deepEqual([body.totals.readers, body.days.length], [30, 1])
  })

  test('a new draft without a title yet: no numbers, its title said as untitled', async () => {
    const draft = await draftArticle({ url: cms.url, token: tokens.copywriter, data: { body: '' } })
    const reply = await get(`/api/analytics/items/articles/${draft}`, tokens.copywriter)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const body = itemReply.parse(reply.body)
    assert.deepEqual([body.item.title, body.accounts, body.days], ['（未命名草稿）', [], []])
  })

  test('doors: anonymous 401, an unknown kind or item 404 in words, a bad date 400', async () => {
    assert.equal((await get(`/api/analytics/items/articles/${lead}`)).status, 401)
    const kind = await get(`/api/analytics/items/pages/${lead}`, tokens.editor)
    assert.equal(kind.status, 404)
    assert.match(errorReply.parse(kind.body).errors[0].message, /内容类型只能是/)
    const missing = await get('/api/analytics/items/videos/999999', tokens.editor)
    assert.equal(missing.status, 404)
    assert.match(errorReply.parse(missing.body).errors[0].message, /找不到这条视频/)
    const bad = await get(`/api/analytics/items/articles/${lead}?from=12-01`, tokens.editor)
    assert.equal(bad.status, 400)
    assert.match(errorReply.parse(bad.body).errors[0].message, /YYYY-MM-DD/)
  })
})
