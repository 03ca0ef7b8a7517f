import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { PayloadRequest } from 'payload'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * Cadence (issue #16): each account's planned posts against its rhythm, per team-zone day, through
 * GET /api/planning/cadence and on Home's 未来 7 天排期缺口 a week ahead (cms/planning/cadenceGaps.ts).
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const TIME_ZONE = 'Asia/Shanghai'
const accounts: Record<'daily' | 'weekly' | 'none', Id> = { daily: 0, weekly: 0, none: 0 }
const tokens: Record<string, string> = {}
let operator: Id
/** The week under test, Monday to Sunday, 8 to 14 days ahead so every slot is still to come. */
const W: string[] = []

async function zoned(day: string, time = '10:00'): Promise<string> {
  const { zonedToUtc } = await import('../../lib/zonedTime')
  return zonedToUtc({ date: day, time, timeZone: TIME_ZONE }).toISOString()
}

async function slot(args: { account: Id; day: string; topic?: Id }): Promise<Id> {
  const publishAt = await zoned(args.day)
  if (args.topic !== undefined) {
    return makeDoc({ payload: cms.payload, collection: 'calendar-entries', data: { topic: args.topic, account: args.account, publishAt } })
  }
  const article = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: `稿件 ${args.day}`, body: '会员日满 199 减 30。', status: 'draft', owner: team.copywriter.id },
  })
  return makeDoc({
    payload: cms.payload,
    collection: 'calendar-entries',
    data: { content: { relationTo: 'articles', value: article }, account: args.account, publishAt },
  })
}

const topic = (args: { title: string; state: 'idea' | 'approved'; feature: boolean; day: string; accounts?: Id[] }) =>
  zoned(args.day).then((dueDate) =>
    makeDoc({
      payload: cms.payload,
      collection: 'topics',
      data: {
        title: args.title,
        state: args.state,
        feature: args.feature,
        dueDate,
        accounts: args.accounts ?? [],
        owner: team.copywriter.id,
      },
    }),
  )

async function homeOf(userId: Id, now: Date) {
  const { createLocalReq } = await import('payload')
  const { loadHome } = await import('../../cms/admin/Home/loadHome')
  const user = await cms.payload.findByID({ collection: 'users', id: userId, overrideAccess: true, depth: 0 })
  const req: PayloadRequest = await createLocalReq({ user: { ...user, collection: 'users' } }, cms.payload)
  return loadHome({ payload: cms.payload, req, userId, now, timeZone: TIME_ZONE })
}

const cadence = (token: string | null, query: string) => api({ url: cms.url, method: 'GET', path: `/api/planning/cadence${query}`, token })

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  const { addDays, zonedDate } = await import('../../lib/zonedTime')
  const { mondayOf } = await import('../../cms/analytics/weeklyReport/reportWeek')
  const monday = mondayOf(addDays(zonedDate({ at: new Date(), timeZone: TIME_ZONE }), 14))
  for (let i = 0; i < 7; i++) W.push(addDays(monday, i))

  const account = (name: string, cadence: { count: number; per: 'day' | 'week' } | null) =>
    makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name, ...(cadence ? { cadence } : {}) } })
  accounts.daily = await account('品牌公众号', { count: 1, per: 'day' })
  accounts.weekly = await account('会员服务号', { count: 3, per: 'week' })
  accounts.none = await account('活动号', null)
  await cms.payload.updateGlobal({ slug: 'planning-settings', data: { featuresPerWeek: 1 }, overrideAccess: true })

  operator = (
    await cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'operator@test.local', password: PASSWORD, name: '内容运营', role: 'operator', accounts: [accounts.weekly] },
    })
  ).id

  // 品牌公众号, 1 a day: Monday, Tuesday, Thursday, Saturday; Wednesday's slot is cancelled.
  for (const day of [W[0], W[1], W[3], W[5]]) await slot({ account: accounts.daily, day })
  const cancelled = await slot({ account: accounts.daily, day: W[2] })
  await cms.payload.update({ collection: 'calendar-entries', id: cancelled, data: { state: 'cancelled' }, overrideAccess: true })
  // 会员服务号, 3 a week: Tuesday's draft, and Thursday held by an approved 选题 before any draft exists.
  await slot({ account: accounts.weekly, day: W[1] })
  const held = await topic({ title: '会员日权益怎么用', state: 'approved', feature: false, day: W[3], accounts: [accounts.weekly] })
  const heldSlot = await slot({ account: accounts.weekly, day: W[3], topic: held })
  const heldState = (await cms.payload.findByID({ collection: 'calendar-entries', id: heldSlot, overrideAccess: true, depth: 0 })).state
  assert.equal(heldState, 'awaiting_content')
  // An account without a rhythm is never short.
  await slot({ account: accounts.none, day: W[0] })
  // The week's 专题: one approved; an idea does not count yet.
  await topic({ title: '双12 会员专题', state: 'approved', feature: true, day: W[2] })
  await topic({ title: '年终盘点专题（待定）', state: 'idea', feature: true, day: W[4] })

  for (const [role, email] of [
    ['editor', team.editor.email],
    ['copywriter', team.copywriter.email],
    ['operator', 'operator@test.local'],
  ])
    tokens[role] = await login({ url: cms.url, email, password: PASSWORD })
})
after(async () => cms?.close())

const day = (d: string, expected: number, planned: number) => ({ day: d, expected, planned, missing: Math.max(0, expected - planned) })

describe('GET /api/planning/cadence', () => {
  test('a week’s gaps, exactly: cancelled slots do not count, a slot held by a 选题 does', async () => {
    const reply = await cadence(tokens.editor, `?from=${W[0]}&to=${W[6]}`)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.deepEqual(reply.body, {
      from: W[0],
      to: W[6],
      timeZone: TIME_ZONE,
      // 会员服务号 (huì) before 品牌公众号 (pǐn): accounts by platform, then name in pinyin order.
      accounts: [
        {
          id: accounts.weekly,
          name: '会员服务号',
          platform: 'wechat',
          cadence: { count: 3, per: 'week' },
          expected: 3,
          planned: 2,
          missing: 1,
          // The one missing post goes to the middle of the empty days (Mon, Wed, Fri, Sat, Sun): Friday.
          days: [day(W[0], 0, 0), day(W[1], 1, 1), day(W[2], 0, 0), day(W[3], 1, 1), day(W[4], 1, 0), day(W[5], 0, 0), day(W[6], 0, 0)],
        },
        {
          id: accounts.daily,
          name: '品牌公众号',
          platform: 'wechat',
          cadence: { count: 1, per: 'day' },
          expected: 7,
          planned: 4,
          missing: 3,
          days: [day(W[0], 1, 1), day(W[1], 1, 1), day(W[2], 1, 0), day(W[3], 1, 1), day(W[4], 1, 0), day(W[5], 1, 1), day(W[6], 1, 0)],
        },
      ],
      features: { perWeek: 1, expected: 1, planned: 1, missing: 0 },
    })
  })

  test('an operator sees only the accounts assigned to them', async () => {
    const reply = await cadence(tokens.operator, `?from=${W[0]}&to=${W[6]}`)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const seen = (reply.body as { accounts: { id: Id; missing: number }[] }).accounts
    assert.deepEqual(
      seen.map((a) => [a.id, a.missing]),
      [[accounts.weekly, 1]],
    )
  })

  test('nobody signed in: refused', async () => {
    const reply = await cadence(null, `?from=${W[0]}&to=${W[6]}`)
    assert.equal(reply.status, 401, JSON.stringify(reply.body))
    assert.match(JSON.stringify(reply.body), /请先登录/)
  })

  test('a bad range is a 400 that says what to fix, in Chinese', async () => {
    const cases: [string, RegExp][] = [
      ['', /YYYY-MM-DD/],
      [`?from=${W[0]}`, /YYYY-MM-DD/],
      ['?from=2026-02-30&to=2026-03-01', /YYYY-MM-DD/],
      [`?from=${W[6]}&to=${W[0]}`, /不能晚于/],
      ['?from=2026-01-01&to=2026-03-31', /最多查看 62 天/],
    ]
    for (const [query, message] of cases) {
      const reply = await cadence(tokens.editor, query)
      assert.equal(reply.status, 400, `${query}: ${JSON.stringify(reply.body)}`)
      const text = JSON.stringify(reply.body)
      assert.match(text, message, query)
      assert.match(text, /[\u4e00-\u9fff]/, `${query}: the message is Chinese`)
    }
    const longest = await cadence(tokens.editor, '?from=2026-01-01&to=2026-03-03')
    assert.equal(longest.status, 200, '62 days is allowed')
  })
})

describe('Home: 未来 7 天排期缺口 a week ahead', () => {
  test('on the Sunday before, Home already lists the coming week’s gaps, and this week’s missing 专题', async () => {
    const { addDays } = await import('../../lib/zonedTime')
    const sunday = addDays(W[0], -1)
    const now = new Date(await zoned(sunday, '20:00'))
    const home = await homeOf(team.editor.id, now)
    assert.ok(home.cadence, 'editors see the warning')
    assert.equal(home.cadence.from, sunday)
    assert.equal(home.cadence.to, W[5])
    assert.deepEqual(home.cadence.accounts, [
      // Sunday alone is 3 × 1/7 → 1, Monday to Saturday 3 × 6/7 → 3: 4 expected, rounded up week by week.
      {
        id: accounts.weekly,
        name: '会员服务号',
        platform: 'wechat',
        planned: 2,
        expected: 4,
        missing: 2,
        emptyDays: [sunday, W[0], W[2], W[4], W[5]],
      },
      // Sunday and the next six days: Monday, Tuesday, Thursday, Saturday planned.
      { id: accounts.daily, name: '品牌公众号', platform: 'wechat', planned: 4, expected: 7, missing: 3, emptyDays: [sunday, W[2], W[4]] },
    ])
    assert.deepEqual(home.cadence.features, { from: addDays(W[0], -7), to: sunday, expected: 1, planned: 0, missing: 1 })

    const operatorHome = await homeOf(operator, now)
    assert.deepEqual(
      operatorHome.cadence?.accounts.map((a) => a.id),
      [accounts.weekly],
      'an operator is warned about their own accounts only',
    )
    assert.equal((await homeOf(team.copywriter.id, now)).cadence, null, 'a copywriter does not plan the calendar')
  })

  test('nothing short, nothing shown: the week itself, seen from its Monday, once the gaps are filled', async () => {
    for (const d of [W[2], W[4], W[6]]) await slot({ account: accounts.daily, day: d })
    await slot({ account: accounts.weekly, day: W[4] })
    const monday = new Date(await zoned(W[0], '08:00'))
    const home = await homeOf(team.editor.id, monday)
    assert.deepEqual(home.cadence, { from: W[0], to: W[6], accounts: [], features: null })
  })
})
