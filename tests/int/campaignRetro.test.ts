import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createLocalReq } from 'payload'
import { z } from 'zod'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import type { PostMetric } from '../../lib/analytics/metricNames'

/**
 * The 复盘 of a finished campaign — its two KPI lines against the numbers the collector stored, its
 * budget and checklist — saved as a case in the 案例库, and a new campaign planned from that case with
 * its checklist due as many days after the new start. The doors of both endpoints.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const ZONE = 'Asia/Shanghai'
const today = zonedDate({ at: new Date(), timeZone: ZONE })
const day = (back: number) => addDays(today, -back)
const at = (back: number, time: string) => zonedToUtc({ date: day(back), time, timeZone: ZONE }).toISOString()
const dayOf = (iso: string | null | undefined) => (iso ? zonedDate({ at: new Date(iso), timeZone: ZONE }) : null)

let finished: Id
let running: Id
let weibo: Id

const errorReply = z.object({ errors: z.array(z.object({ message: z.string() })) })
const templateReply = z.object({
  doc: z.object({
    id: z.union([z.string(), z.number()]),
    name: z.string(),
    sourceCampaign: z.union([z.string(), z.number()]),
    goal: z.string().nullable(),
    durationDays: z.number(),
    channels: z.array(z.string()),
    kpis: z.array(z.object({ metric: z.string(), target: z.number(), platform: z.string().nullable().optional() })),
    budgetLines: z.array(z.object({ category: z.string(), planned: z.number() }).passthrough()),
    deliverables: z.array(z.object({ title: z.string(), dueOffsetDays: z.number().nullable() })),
    whatWorked: z.string().nullable(),
    lessons: z.string().nullable(),
    results: z.object({
      kpis: z.array(z.object({ label: z.string(), target: z.number(), value: z.number().nullable(), statusLabel: z.string() })),
      budget: z.object({ total: z.object({ planned: z.number(), spent: z.number() }) }),
      deliverables: z.object({ total: z.number(), done: z.number(), late: z.number() }),
      topPosts: z.array(z.object({ title: z.string(), value: z.number().nullable() })),
    }),
  }),
})
const campaignReply = z.object({
  doc: z.object({
    id: z.union([z.string(), z.number()]),
    name: z.string(),
    goal: z.string().nullable(),
    startsAt: z.string(),
    endsAt: z.string(),
    owner: z.union([z.string(), z.number()]),
    template: z.union([z.string(), z.number()]),
    kpis: z.array(z.object({ metric: z.string(), target: z.number() })),
    budgetLines: z.array(z.object({ category: z.string(), planned: z.number(), spent: z.number() })),
    deliverables: z.array(z.object({ title: z.string(), dueDate: z.string().nullable().optional() })),
  }),
})

async function article(args: { title: string; status: 'published' | 'draft'; campaign?: Id }): Promise<Id> {
  return makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: {
      title: args.title,
      body: '正文',
      status: args.status,
      owner: team.copywriter.id,
      ...(args.campaign ? { campaign: args.campaign } : {}),
    },
  })
}

/** A published delivery as publishing leaves it, and a day's numbers as the collector writes them. */
async function publishedWith(args: { item: Id; account: Id; back: number } & Partial<Record<PostMetric, number>>): Promise<void> {
  const { item, account, back, ...numbers } = args
  const delivery = await cms.payload.create({
    collection: 'deliveries',
    overrideAccess: true,
    data: { content: { relationTo: 'articles', value: item }, account, state: 'published', publishedAt: at(back, '12:00'), attempts: 1 },
  })
  await cms.payload.create({
    collection: 'post-metrics',
    data: { delivery: delivery.id, date: day(back), source: 'api', final: true, fetchedAt: new Date().toISOString(), ...numbers },
  })
}

async function retroAs(role: 'editor' | 'copywriter', id: Id) {
  const user = await cms.payload.findByID({ collection: 'users', id: team[role].id, depth: 0, overrideAccess: true })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, cms.payload)
  const { loadRetro } = await import('../../cms/planning/retro/loadRetro')
  const page = await loadRetro({ req, id: String(id), now: new Date() })
  assert.ok(page, 'the campaign is readable')
  return page
}

const post = (path: string, token: string | null, body?: unknown) => api({ url: cms.url, method: 'POST', path, token, body })

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  const wechat = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '品牌服务号' } })
  weibo = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'weibo', name: '品牌微博' } })
  finished = await makeDoc({
    payload: cms.payload,
    collection: 'campaigns',
    data: {
      name: '双11 会员日',
      goal: '会员拉新 2000 人',
      brief: '满减 + 抽奖，公众号主推，微博造势',
      channels: ['wechat', 'weibo'],
      owner: team.editor.id,
      startsAt: at(20, '00:00'),
      endsAt: at(10, '23:59'),
      kpis: [
        { metric: 'readers', comparison: 'atLeast', target: 1000, period: 'campaign' },
        { metric: 'interactions', comparison: 'atLeast', target: 10, period: 'campaign', platform: 'weibo' },
      ],
      budgetLines: [
        // The overspend passed the approval line, so an admin approved it.
        { category: 'production', label: '海报与视频', planned: 5000, spent: 5200, approval: 'approved' },
        { category: 'ads', channel: 'weibo', label: '粉丝通', planned: 3000, spent: 2000 },
      ],
      retro: { whatWorked: '抽奖带动转发', lessons: '投流晚了两天' },
    },
  })
  const poster = await article({ title: '预热长图文', status: 'published', campaign: finished })
  const map = await article({ title: '门店地图', status: 'published', campaign: finished })
  const teaser = await article({ title: '微博预告', status: 'published', campaign: finished })
  const draft = await article({ title: '倒计时文案', status: 'draft' })
  await cms.payload.update({
    collection: 'campaigns',
    id: finished,
    overrideAccess: true,
    data: {
      deliverables: [
        { title: '预热长图文', dueDate: at(22, '12:00'), item: { relationTo: 'articles', value: poster } },
        { title: '复盘报告', dueDate: at(8, '12:00') },
        { title: '倒计时文案', dueDate: at(-3, '12:00'), item: { relationTo: 'articles', value: draft } },
      ],
    },
  })
  await publishedWith({ item: poster, account: wechat, back: 15, readers: 80, likes: 3 })
  await publishedWith({ item: map, account: wechat, back: 13, readers: 300 })
  await publishedWith({ item: teaser, account: weibo, back: 14, likes: 9, comments: 2, reposts: 1 })

  running = await makeDoc({
    payload: cms.payload,
    collection: 'campaigns',
    data: {
      name: '年货节',
      owner: team.editor.id,
      startsAt: at(3, '00:00'),
      endsAt: at(-5, '23:59'),
      kpis: [{ metric: 'readers', comparison: 'atLeast', target: 100, period: 'campaign' }],
    },
  })
  const early = await article({ title: '年货清单', status: 'published', campaign: running })
  await publishedWith({ item: early, account: wechat, back: 2, readers: 40 })
})
after(async () => cms?.close())

describe('the 复盘 of a finished campaign', () => {
  test('each KPI line shows its target, its result and 达成 / 未达成 as the campaign results judge it', async () => {
    const page = await retroAs('editor', finished)
    assert.equal(page.open, true)
    assert.deepEqual([page.period.from, page.period.end], [day(20), day(10)])
    assert.deepEqual(
      page.kpis.map((kpi) => [kpi.label, kpi.scopeLabel, kpi.target, kpi.value, kpi.statusLabel]),
      [
        ['阅读人数', null, 1000, 380, '未达成'],
        ['互动数', '微博', 10, 12, '达成'],
      ],
    )
  })

  test('budget planned against spent per category, the checklist done or late, the top posts and the notes', async () => {
    const page = await retroAs('editor', finished)
    assert.deepEqual(
      page.budget.rows.map((row) => [row.label, row.planned, row.spent]),
      [
        ['制作', 5000, 5200],
        ['投流', 3000, 2000],
      ],
    )
    assert.deepEqual(page.budget.total, { planned: 8000, spent: 7200 })
    assert.deepEqual(
      page.deliverables.map((row) => [row.title, row.dueDay, row.statusLabel]),
      [
        ['预热长图文', day(22), '已完成'],
        ['复盘报告', day(8), '已逾期'],
        ['倒计时文案', day(-3), '进行中'],
      ],
    )
    assert.deepEqual(
      page.topPosts.map((one) => [one.title, one.rankBy, one.rank]),
      [
        ['门店地图', 'readers', 1],
        ['预热长图文', 'readers', 2],
        ['微博预告', 'interactions', 1],
      ],
    )
    assert.deepEqual(page.notes, { whatWorked: '抽奖带动转发', lessons: '投流晚了两天' })
    assert.deepEqual(page.can, { editNotes: true, saveCase: true })
  })

  test('a copywriter who does not own the campaign reads the 复盘 but neither edits its notes nor saves it', async () => {
    const page = await retroAs('copywriter', finished)
    assert.deepEqual(page.can, { editNotes: false, saveCase: false })
  })

  test('before the end date it is not open yet, and shows the numbers so far', async () => {
    const page = await retroAs('editor', running)
    assert.equal(page.open, false)
    assert.equal(page.period.end, day(-5))
    assert.deepEqual(
      page.kpis.map((kpi) => [kpi.value, kpi.statusLabel]),
      [[40, '进行中']],
    )
  })
})

describe('存为案例 and a new campaign from the case', () => {
  let template: Id

  test('anonymous callers are asked to log in; a copywriter may not save a case', async () => {
    const anonymous = await post(`/api/campaigns/${finished}/save-template`, null)
    assert.equal(anonymous.status, 401)
    assert.equal(errorReply.parse(anonymous.body).errors[0].message, '请先登录。')
    const copywriter = await post(`/api/campaigns/${finished}/save-template`, tokens.copywriter)
    assert.equal(copywriter.status, 403)
    assert.match(errorReply.parse(copywriter.body).errors[0].message, /只有编辑或管理员/)
    const anonymousCreate = await post('/api/campaign-templates/1/create', null, { name: 'x', startsAt: day(-30) })
    assert.equal(anonymousCreate.status, 401)
  })

  test('a campaign that has not ended cannot be saved: a 400 that says when it can', async () => {
    const reply = await post(`/api/campaigns/${running}/save-template`, tokens.editor)
    assert.equal(reply.status, 400)
    assert.equal(errorReply.parse(reply.body).errors[0].message, `活动还没有结束（${day(-5)} 结束），${day(-6)} 起可以复盘并存为案例。`)
    const none = await cms.payload.find({
      collection: 'campaign-templates',
      where: { sourceCampaign: { equals: running } },
      overrideAccess: true,
    })
    assert.equal(none.totalDocs, 0)
  })

  test('an editor saves the finished campaign: its plan, its checklist as days from the start, its notes and the results snapshot', async () => {
    const reply = await post(`/api/campaigns/${finished}/save-template`, tokens.editor)
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const { doc } = templateReply.parse(reply.body)
    template = doc.id
    assert.equal(doc.name, '双11 会员日 案例')
    assert.equal(String(doc.sourceCampaign), String(finished))
    assert.deepEqual([doc.goal, doc.durationDays, doc.channels], ['会员拉新 2000 人', 11, ['wechat', 'weibo']])
    assert.deepEqual(
      doc.kpis.map((line) => [line.metric, line.target, line.platform ?? null]),
      [
        ['readers', 1000, null],
        ['interactions', 10, 'weibo'],
      ],
    )
    assert.deepEqual(
      doc.budgetLines.map((line) => [line.category, line.planned, 'spent' in line]),
      [
        ['production', 5000, false],
        ['ads', 3000, false],
      ],
    )
    assert.deepEqual(
      doc.deliverables.map((row) => [row.title, row.dueOffsetDays]),
      [
        ['预热长图文', -2],
        ['复盘报告', 12],
        ['倒计时文案', 23],
      ],
    )
    assert.deepEqual([doc.whatWorked, doc.lessons], ['抽奖带动转发', '投流晚了两天'])
    assert.deepEqual(
      doc.results.kpis.map((kpi) => [kpi.label, kpi.target, kpi.value, kpi.statusLabel]),
      [
        ['阅读人数', 1000, 380, '未达成'],
        ['互动数', 10, 12, '达成'],
      ],
    )
    assert.deepEqual(doc.results.budget.total, { planned: 8000, spent: 7200 })
    assert.deepEqual(doc.results.deliverables, { total: 3, done: 1, late: 1 })
    assert.deepEqual(
      doc.results.topPosts.map((one) => [one.title, one.value]),
      [
        ['门店地图', 300],
        ['预热长图文', 80],
        ['微博预告', 12],
      ],
    )
    const page = await retroAs('editor', finished)
    assert.deepEqual(page.savedCase, { id: doc.id, name: '双11 会员日 案例' })
  })

  test('a copywriter plans a new campaign from the case: theirs, as many days long, its checklist shifted to the new start', async () => {
    const start = day(-30)
    const reply = await post(`/api/campaign-templates/${template}/create`, tokens.copywriter, { name: '双12 会员日', startsAt: start })
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const { doc } = campaignReply.parse(reply.body)
    assert.equal(doc.name, '双12 会员日')
    assert.equal(doc.goal, '会员拉新 2000 人')
    assert.equal(String(doc.owner), String(team.copywriter.id))
    assert.equal(String(doc.template), String(template))
    assert.deepEqual(
      [doc.startsAt, dayOf(doc.endsAt)],
      [zonedToUtc({ date: start, time: '00:00', timeZone: ZONE }).toISOString(), addDays(start, 10)],
    )
    assert.deepEqual(
      doc.kpis.map((line) => [line.metric, line.target]),
      [
        ['readers', 1000],
        ['interactions', 10],
      ],
    )
    assert.deepEqual(
      doc.budgetLines.map((line) => [line.category, line.planned, line.spent]),
      [
        ['production', 5000, 0],
        ['ads', 3000, 0],
      ],
    )
    assert.deepEqual(
      doc.deliverables.map((row) => [row.title, dayOf(row.dueDate)]),
      [
        ['预热长图文', addDays(start, -2)],
        ['复盘报告', addDays(start, 12)],
        ['倒计时文案', addDays(start, 23)],
      ],
    )
    // Stored as returned, and read back by the copywriter who now owns it.
    const read = await api({ url: cms.url, method: 'GET', path: `/api/campaigns/${doc.id}?depth=0`, token: tokens.copywriter })
    assert.equal(read.status, 200)
    assert.equal(String(z.object({ template: z.union([z.string(), z.number()]) }).parse(read.body).template), String(template))
  })

  test('a body without a name or with a day that does not exist is a 400 in words; an unknown case is a 404', async () => {
    const noName = await post(`/api/campaign-templates/${template}/create`, tokens.editor, { startsAt: day(-30) })
    assert.equal(noName.status, 400)
    assert.match(errorReply.parse(noName.body).errors[0].message, /请填写新活动的名称/)
    const badDay = await post(`/api/campaign-templates/${template}/create`, tokens.editor, { name: '错日子', startsAt: '2026-02-30' })
    assert.equal(badDay.status, 400)
    assert.match(errorReply.parse(badDay.body).errors[0].message, /开始时间（startsAt）格式不对/)
    const missing = await post('/api/campaign-templates/999999/create', tokens.editor, { name: '无', startsAt: day(-30) })
    assert.equal(missing.status, 404)
    assert.match(errorReply.parse(missing.body).errors[0].message, /找不到这个案例/)
  })
})
