import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { z } from 'zod'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import type { PostMetric } from '../../lib/analytics/metricNames'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { zipEntries } from '../helpers/zipEntries'

/**
 * The weekly report over rows written as the collector and a person write them. The week is
 * 2026-11-23 (Mon) … 11-29 (Sun), the one before 11-16 … 11-22; every expected figure is worked out by
 * hand in the comments.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const ZONE = 'Asia/Shanghai'
const at = (date: string, time: string) => zonedToUtc({ date, time, timeZone: ZONE }).toISOString()

const numbers = z.number().nullable()
const weekNumbers = z.object({
  posts: z.number(),
  readers: numbers,
  plays: numbers,
  interactions: numbers,
  interactionRate: numbers,
  followerGain: numbers,
  followers: numbers,
})
const account = z.object({ id: z.union([z.string(), z.number()]), name: z.string(), platform: z.string() })
const reportReply = z.object({
  week: z.object({ from: z.string(), to: z.string() }),
  previous: z.object({ from: z.string(), to: z.string() }),
  accounts: z.array(z.object({ account, current: weekNumbers, previous: weekNumbers })),
  people: z.array(
    z.object({
      person: z.object({ name: z.string(), weeklyOutputTarget: numbers }),
      published: z.number(),
      previousPublished: z.number(),
      met: z.boolean().nullable(),
    }),
  ),
  topPosts: z.array(z.object({ title: z.string(), account: account.nullable(), readers: numbers, plays: numbers, interactions: numbers })),
})
const errorReply = z.object({ errors: z.array(z.object({ message: z.string() })) })

async function published(args: { content: { relationTo: 'articles' | 'videos'; value: Id }; account: Id; at: string; bundle?: Id[] }) {
  const doc = await cms.payload.create({
    collection: 'deliveries',
    overrideAccess: true,
    data: {
      content: args.content,
      account: args.account,
      state: 'published',
      publishedAt: args.at,
      attempts: 1,
      bundle: (args.bundle ?? []).map((article) => ({ article, revision: 'r1' })),
    },
  })
  return doc.id
}

async function row(
  data: { delivery: Id; date: string; position?: number; source?: 'api' | 'manual' } & Partial<Record<PostMetric, number>>,
) {
  await cms.payload.create({ collection: 'post-metrics', data: { source: 'api', final: true, ...data } })
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  await cms.payload.update({ collection: 'users', id: team.copywriter.id, overrideAccess: true, data: { weeklyOutputTarget: 3 } })
  await cms.payload.update({ collection: 'users', id: team.designer.id, overrideAccess: true, data: { weeklyOutputTarget: 1 } })
  const wechat = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '品牌服务号' } })
  const toutiao = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: 'toutiao', name: '品牌头条号' },
  })
  const article = (title: string, owner: Id) =>
    makeDoc({ payload: cms.payload, collection: 'articles', data: { title, body: '正文', owner, status: 'published' } })
  const lead = await article('周二群发头条', team.copywriter.id)
  const second = await article('周二群发次条', team.copywriter.id)
  const older = await article('上周的文章', team.editor.id)
  const video = await makeDoc({ payload: cms.payload, collection: 'videos', data: { title: '门店探访', owner: team.designer.id } })

  // This week: a 群发 of two articles on Tue 20:30 (two posts), the lead again on Toutiao as a hand-off
  // on Sun 23:50 Beijing (still this week, though Sunday 15:50 UTC), the video on Wed.
  const push = await published({
    content: { relationTo: 'articles', value: lead },
    account: wechat,
    at: at('2026-11-24', '20:30'),
    bundle: [second],
  })
  const handoff = await published({ content: { relationTo: 'articles', value: lead }, account: toutiao, at: at('2026-11-29', '23:50') })
  const clip = await published({ content: { relationTo: 'videos', value: video }, account: toutiao, at: at('2026-11-25', '09:00') })
  // Last week: one article; and Monday 00:10 of the next week, outside both.
  const last = await published({ content: { relationTo: 'articles', value: older }, account: wechat, at: at('2026-11-18', '20:30') })
  await published({ content: { relationTo: 'articles', value: older }, account: toutiao, at: at('2026-11-30', '00:10') })

  // 公众号 this week: readers 600 + 200 (lead) + 150 (次条) + 50 (last week's article) = 1000;
  // interactions 20 + 5 + 4 + 1 = 30 → 3%. Last week: 800 readers, 40 interactions (5%).
  await row({ delivery: push, date: '2026-11-24', readers: 600, likes: 12, shares: 8 })
  await row({ delivery: push, date: '2026-11-25', readers: 200, likes: 5 })
  await row({ delivery: push, date: '2026-11-24', position: 2, readers: 150, likes: 4 })
  await row({ delivery: last, date: '2026-11-23', readers: 50, comments: 1 })
  await row({ delivery: last, date: '2026-11-18', readers: 800, likes: 30, shares: 10 })
  // 头条号 this week: the video's 4,000 plays and 100 likes; the hand-off's numbers typed in (阅读次数, 9 likes).
  await row({ delivery: clip, date: '2026-11-25', plays: 4000, likes: 100 })
  await row({ delivery: handoff, date: '2026-11-29', reads: 300, likes: 9, source: 'manual' })
  // Next week's numbers count nowhere.
  await row({ delivery: push, date: '2026-11-30', readers: 999 })

  // Followers: 公众号 2,000 on the Sunday before, 2,090 at the end (涨粉 90); the week before 1,950 → 2,000 (50).
  for (const [date, followers] of [
    ['2026-11-15', 1950],
    ['2026-11-22', 2000],
    ['2026-11-26', 2050],
    ['2026-11-29', 2090],
  ] as const)
    await cms.payload.create({ collection: 'account-metrics', data: { account: wechat, date, followers, source: 'api' } })
  // 头条号: only 新增/取消 typed in, 30 − 5 on two days.
  await cms.payload.create({
    collection: 'account-metrics',
    data: { account: toutiao, date: '2026-11-24', newFollowers: 20, lostFollowers: 3, source: 'manual' },
  })
  await cms.payload.create({
    collection: 'account-metrics',
    data: { account: toutiao, date: '2026-11-27', newFollowers: 10, lostFollowers: 2, source: 'manual' },
  })
})
after(async () => cms?.close())

const get = (path: string, token?: string) => api({ url: cms.url, method: 'GET', path, token })

describe('the weekly report', () => {
  test('per account: posts, 阅读人数 and 播放量 apart, 互动率, 涨粉, and last week beside them', async () => {
    const reply = await get('/api/analytics/weekly-report?week=2026-11-27', tokens.designer)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const report = reportReply.parse(reply.body)
    assert.deepEqual(report.week, { from: '2026-11-23', to: '2026-11-29' })
    assert.deepEqual(report.previous, { from: '2026-11-16', to: '2026-11-22' })
    const [wechat, toutiao] = report.accounts
    assert.equal(wechat.account.name, '品牌服务号')
    assert.deepEqual(wechat.current, {
      posts: 2,
      readers: 1000,
      plays: null,
      interactions: 30,
      interactionRate: 0.03,
      followerGain: 90,
      followers: 2090,
    })
    assert.deepEqual(wechat.previous, {
      posts: 1,
      readers: 800,
      plays: null,
      interactions: 40,
      interactionRate: 0.05,
      followerGain: 50,
      followers: 2000,
    })
    assert.deepEqual(toutiao.current, {
      posts: 2,
      readers: null,
      plays: 4000,
      interactions: 109,
      interactionRate: 100 / 4000,
      followerGain: 25,
      followers: null,
    })
  })

  test('per person: items that went out (one item on two accounts counts once) against the weekly target', async () => {
    const report = reportReply.parse((await get('/api/analytics/weekly-report?week=2026-11-23', tokens.copywriter)).body)
    assert.deepEqual(
      report.people.map((line) => [line.person.name, line.published, line.previousPublished, line.person.weeklyOutputTarget, line.met]),
      [
        ['copywriter', 2, 0, 3, false],
        ['designer', 1, 0, 1, true],
        ['editor', 0, 1, null, null],
      ],
    )
  })

  test('top posts of the week by interactions, the older post that still earned included', async () => {
    const report = reportReply.parse((await get('/api/analytics/weekly-report?week=2026-11-29', tokens.editor)).body)
    assert.deepEqual(
      report.topPosts.map((post) => [post.title, post.account?.name, post.interactions]),
      [
        ['门店探访', '品牌头条号', 100],
        ['周二群发头条', '品牌服务号', 25],
        ['周二群发头条', '品牌头条号', 9],
        ['周二群发次条', '品牌服务号', 4],
        ['上周的文章', '品牌服务号', 1],
      ],
    )
  })

  test('CSV: UTF-8 with BOM, Chinese headings and the accounts, named 周报-<Monday>.csv', async () => {
    const reply = await fetch(`${cms.url}/api/analytics/weekly-report?week=2026-11-25&format=csv`, {
      headers: { authorization: `JWT ${tokens.copywriter}` },
    })
    assert.equal(reply.status, 200)
    assert.match(reply.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/)
    assert.equal(
      reply.headers.get('content-disposition'),
      `attachment; filename="weekly-report-2026-11-23.csv"; filename*=UTF-8''${encodeURIComponent('周报-2026-11-23.csv')}`,
    )
    const bytes = new Uint8Array(await reply.arrayBuffer())
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'the UTF-8 byte order mark')
    const text = new TextDecoder().decode(bytes)
    assert.ok(text.includes('账号,平台,发布数,发布数（上周）,发布数环比,阅读人数'))
    assert.ok(text.includes('品牌服务号,微信公众号,2,1,+100.0%,1000,800,+25.0%'), text)
    assert.ok(text.includes('品牌头条号,头条号,2,0,,,,,4000,,'), text)
    assert.ok(text.includes('copywriter,2,3,未达成,0'))
  })

  test('xlsx: a workbook with the sheets 账号, 个人 and 热门内容', async () => {
    const reply = await fetch(`${cms.url}/api/analytics/weekly-report?week=2026-11-25&format=xlsx`, {
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    assert.equal(reply.status, 200)
    assert.equal(reply.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    assert.match(reply.headers.get('content-disposition') ?? '', /filename\*=UTF-8''%E5%91%A8%E6%8A%A5-2026-11-23\.xlsx$/)
    const xlsx = Buffer.from(await reply.arrayBuffer())
    assert.equal(xlsx.subarray(0, 4).toString('hex'), '504b0304')
    const workbook = zipEntries(xlsx).get('xl/workbook.xml')?.toString('utf8') ?? ''
    for (const name of ['账号', '个人', '热门内容']) assert.ok(workbook.includes(`name="${name}"`), workbook)
  })

  test('without a week: the last complete week, Monday to Sunday in Beijing', async () => {
    const report = reportReply.parse((await get('/api/analytics/weekly-report', tokens.designer)).body)
    const today = zonedDate({ at: new Date(), timeZone: ZONE })
    assert.equal(new Date(`${report.week.from}T00:00:00Z`).getUTCDay(), 1, 'a Monday')
    assert.equal(report.week.to, addDays(report.week.from, 6))
    assert.ok(report.week.to < today && report.week.to >= addDays(today, -7), `${report.week.to} is the Sunday before ${today}`)
  })

  test('doors: anonymous 401; a week or format that is not one: 400 in words', async () => {
    assert.equal((await get('/api/analytics/weekly-report')).status, 401)
    for (const [query, message] of [
      ['week=2026-02-30', /YYYY-MM-DD/],
      ['week=last', /YYYY-MM-DD/],
      ['format=pdf', /json、csv 或 xlsx/],
    ] as const) {
      const reply = await get(`/api/analytics/weekly-report?${query}`, tokens.copywriter)
      assert.equal(reply.status, 400, query)
      assert.match(errorReply.parse(reply.body).errors[0].message, message)
    }
  })
})
