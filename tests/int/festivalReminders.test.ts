import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Queue, QueueEvents } from 'bullmq'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { startTestRedis, type TestRedis } from '../helpers/redis'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/** 节点 lead times: the reminder goes out once per occurrence, to the owner or the editors; last year's items are one read away. */
let cms: TestCms
let redis: TestRedis
let team: Awaited<ReturnType<typeof createTeam>>
let secondEditor: Id
let editorToken: string
const BEIJING = 'Asia/Shanghai'

// Imported after startTestCms: they read lib/env, which reads the environment once.
let send: (now: Date) => Promise<unknown>
let dates: typeof import('../../cms/planning/festivalDates')

before(async () => {
  redis = await startTestRedis()
  process.env.APP_TIMEZONE = BEIJING
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  const editor = await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'editor2@test.local', password: PASSWORD, name: '第二位编辑', role: 'editor' },
  })
  secondEditor = editor.id
  editorToken = await login({ url: cms.url, email: team.editor.email, password: PASSWORD })
  const { sendFestivalReminders } = await import('../../cms/planning/festivalReminders')
  send = (now) => sendFestivalReminders({ payload: cms.payload, now })
  dates = await import('../../cms/planning/festivalDates')
})
after(async () => {
  await cms?.close()
  await redis?.stop()
})

/** 09:00 Beijing time on a day. */
const nineOn = (day: string) => zonedToUtc({ date: day, time: '09:00', timeZone: BEIJING })

async function festival(data: Record<string, unknown>): Promise<Id> {
  return makeDoc({ payload: cms.payload, collection: 'festivals', data: { enabled: true, ...data } })
}

async function remindersAbout(id: Id): Promise<{ recipient: Id; message: string; kind: string }[]> {
  const { docs } = await cms.payload.find({
    collection: 'notifications',
    where: { and: [{ 'doc.relationTo': { equals: 'festivals' } }, { 'doc.value': { equals: id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => ({ recipient: doc.recipient as Id, message: doc.message, kind: doc.kind }))
}

const CHECKLIST = [
  { task: '主视觉海报', daysBefore: 8 },
  { task: '预热推文', daysBefore: 4 },
  { task: '当天战报', daysBefore: 0 },
]

describe('the reminder when a lead time opens', () => {
  test('the migration seeded the default 节点 with lead times and checklists', async () => {
    const { docs } = await cms.payload.find({ collection: 'festivals', where: { name: { equals: '双11' } }, overrideAccess: true })
    assert.equal(docs.length, 1)
    assert.equal(docs[0].leadDays, 27)
    assert.ok((docs[0].checklist ?? []).some((item) => item.task === '主视觉海报'))
    const lunar = await cms.payload.find({ collection: 'festivals', where: { name: { equals: '中秋节' } }, overrideAccess: true })
    assert.deepEqual([lunar.docs[0].calendar, lunar.docs[0].month, lunar.docs[0].day], ['lunar', 8, 15])
  })

  test('none before the lead time; exactly one to the owner, with the checklist, when it opens; none on later runs', async () => {
    const id = await festival({
      name: '会员日',
      calendar: 'solar',
      month: 7,
      day: 20,
      leadDays: 10,
      owner: team.copywriter.id,
      checklist: CHECKLIST,
    })
    await send(nineOn('2030-07-09'))
    assert.deepEqual(await remindersAbout(id), [], 'the day before the lead time opens')

    await send(nineOn('2030-07-10'))
    const sent = await remindersAbout(id)
    assert.equal(sent.length, 1)
    assert.equal(String(sent[0].recipient), String(team.copywriter.id))
    assert.equal(sent[0].kind, 'festival_lead')
    const message = sent[0].message
    assert.match(message, /「会员日」7月20日（周六），还有 10 天/)
    assert.match(message, /主视觉海报：7月12日（周五）前完成/)
    assert.match(message, /预热推文：7月16日（周二）前完成/)
    assert.match(message, /当天战报：7月20日（周六）前完成/)
    assert.match(message, /去年同期/)
    const stored = await cms.payload.findByID({ collection: 'festivals', id, overrideAccess: true })
    assert.equal(stored.remindedFor, '2030-07-20')

    await send(nineOn('2030-07-10'))
    await send(nineOn('2030-07-15'))
    await Promise.all([send(nineOn('2030-07-16')), send(nineOn('2030-07-16'))])
    assert.equal((await remindersAbout(id)).length, 1, 'the same occurrence is announced once')

    // The next year's occurrence is a new one.
    await send(nineOn('2031-07-10'))
    assert.equal((await remindersAbout(id)).length, 2)
  })

  test('two runs at once: one claims the occurrence, one notification', async () => {
    const id = await festival({
      name: '周年庆',
      calendar: 'solar',
      month: 8,
      day: 8,
      leadDays: 5,
      owner: team.designer.id,
      checklist: CHECKLIST,
    })
    await Promise.all([send(nineOn('2030-08-03')), send(nineOn('2030-08-03')), send(nineOn('2030-08-04'))])
    const sent = await remindersAbout(id)
    assert.equal(sent.length, 1)
    assert.equal(String(sent[0].recipient), String(team.designer.id))
  })

  test('a 节点 without an owner reminds every editor, and nobody else', async () => {
    const id = await festival({ name: '品牌日', calendar: 'solar', month: 9, day: 9, leadDays: 3, checklist: [] })
    await send(nineOn('2030-09-06'))
    const recipients = (await remindersAbout(id)).map((n) => String(n.recipient)).sort()
    assert.deepEqual(recipients, [String(team.editor.id), String(secondEditor)].sort())
  })

  test('a 农历 节点: the date is computed (中秋 2027 is 09-15) and the lead time counted from it', async () => {
    const id = await festival({ name: '中秋礼盒', calendar: 'lunar', month: 8, day: 15, leadDays: 30, owner: team.copywriter.id })
    await send(nineOn('2027-08-15'))
    assert.equal((await remindersAbout(id)).length, 0)
    await send(nineOn('2027-08-16'))
    const sent = await remindersAbout(id)
    assert.equal(sent.length, 1)
    assert.match(sent[0].message, /「中秋礼盒」9月15日（周三），还有 30 天/)
  })

  test('a disabled 节点 is not reminded', async () => {
    const id = await festival({
      name: '停用的节点',
      calendar: 'solar',
      month: 10,
      day: 10,
      leadDays: 3,
      owner: team.copywriter.id,
      enabled: false,
    })
    await send(nineOn('2030-10-08'))
    assert.equal((await remindersAbout(id)).length, 0)
  })
})

describe('last year’s items for the same 节点', () => {
  test('GET /api/festivals/:id/last-year lists what was published in the window, not what was outside it', async () => {
    const leadDays = 10
    const rule = { calendar: 'solar' as const, month: 6, day: 6 }
    const id = await festival({ name: '服务日', ...rule, leadDays })
    const today = zonedDate({ at: new Date(), timeZone: BEIJING })
    const next = dates.nextOccurrence({ rule, from: today })
    const last = dates.previousOccurrence({ rule, before: next })
    assert.ok(last)
    const account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '服务号' } })
    const article = (title: string) =>
      makeDoc({
        payload: cms.payload,
        collection: 'articles',
        data: { title, body: '正文', status: 'published', owner: team.copywriter.id },
      })
    const published = async (title: string, day: string) =>
      makeDoc({
        payload: cms.payload,
        collection: 'deliveries',
        data: {
          content: { relationTo: 'articles', value: await article(title) },
          account,
          state: 'published',
          url: `https://mp.weixin.qq.com/s/${encodeURIComponent(title)}`,
          publishedAt: zonedToUtc({ date: day, time: '10:00', timeZone: BEIJING }).toISOString(),
        },
      })
    const inside = await published('去年服务日预热', addDays(last, -3))
    const dayAfter = await published('去年服务日战报', addDays(last, 3))
    const tooEarly = await published('早一个月的推文', addDays(last, -leadDays - 2))
    const tooLate = await published('节后一周的推文', addDays(last, 5))

    const anonymous = await api({ url: cms.url, method: 'GET', path: `/api/festivals/${id}/last-year` })
    assert.equal(anonymous.status, 401)

    const reply = await api<{
      next: { date: string; leadStart: string }
      lastYear: { date: string; from: string; to: string }
      published: { delivery: Id; url: string; item: { title: string; adminUrl: string }; account: { name: string } }[]
    }>({ url: cms.url, method: 'GET', path: `/api/festivals/${id}/last-year`, token: editorToken })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.deepEqual(reply.body.next, { date: next, weekday: dates.weekdayOf(next), leadStart: addDays(next, -leadDays) })
    assert.deepEqual(reply.body.lastYear, {
      date: last,
      weekday: dates.weekdayOf(last),
      from: addDays(last, -leadDays),
      to: addDays(last, 3),
    })
    const ids = reply.body.published.map((row) => String(row.delivery))
    assert.deepEqual(ids, [String(inside), String(dayAfter)])
    assert.ok(!ids.includes(String(tooEarly)) && !ids.includes(String(tooLate)))
    const first = reply.body.published[0]
    assert.equal(first.item.title, '去年服务日预热')
    assert.match(first.item.adminUrl, /^\/admin\/collections\/articles\/.+/)
    assert.equal(first.account.name, '服务号')
    assert.match(first.url, /^https:\/\/mp\.weixin\.qq\.com\/s\//)
  })
})

describe('the worker', () => {
  test('keeps a daily job scheduler at 09:00 in the team’s zone, whose job runs the reminders', async () => {
    const { startPlanningConsumer } = await import('../../scheduler/startPlanningConsumer')
    const { schedulerTiming } = await import('../../scheduler/timing')
    const consumer = await startPlanningConsumer({ payload: cms.payload, redis: redis.client, timing: schedulerTiming() })
    const queue = new Queue('planning', { connection: redis.client, prefix: 'cms' })
    const events = new QueueEvents('planning', { connection: redis.client.duplicate(), prefix: 'cms' })
    try {
      const scheduler = await queue.getJobScheduler('festival-reminders-daily')
      assert.equal(scheduler?.pattern, '0 9 * * *')
      assert.equal(scheduler?.tz, BEIJING)
      assert.ok(scheduler?.next)
      assert.equal(new Date(scheduler.next).toLocaleTimeString('en-GB', { timeZone: BEIJING }), '09:00:00')

      await events.waitUntilReady()
      const job = await queue.add('festival-reminders', {})
      const result: unknown = await job.waitUntilFinished(events, 30_000)
      assert.equal(typeof result, 'string')
    } finally {
      await events.close()
      await queue.close()
      await consumer.close()
    }
  })
})
