import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * 选题 (issue #16): a copywriter's idea, approved by an editor only, placed on the calendar before any
 * draft exists, then "start writing" by its owner makes the linked draft and fills the waiting slots.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const accounts: Record<'wechat' | 'weibo' | 'channels', Id> = { wechat: 0, weibo: 0, channels: 0 }
let campaign: Id
let topic: Id

type Errors = { errors?: { message: string }[] }
type TopicDoc = { id: Id; state: string; owner: Id; approvedBy?: Id | null; approvedAt?: string | null }
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const topicRow = async (id: Id) =>
  (await readRaw({ payload: cms.payload, collection: 'topics', id })) as (TopicDoc & Record<string, unknown>) | null
const patchTopic = (id: Id, body: Record<string, unknown>, token: string) =>
  api<{ doc?: TopicDoc } & Errors>({ url: cms.url, method: 'PATCH', path: `/api/topics/${id}`, token, body })
const start = (id: Id, kind: string, token: string) =>
  api<Record<string, unknown> & Errors>({ url: cms.url, method: 'POST', path: `/api/topics/${id}/start`, token, body: { kind } })
const slot = (body: Record<string, unknown>) =>
  api<{ doc?: { id: Id; state: string } } & Errors>({
    url: cms.url,
    method: 'POST',
    path: '/api/calendar-entries',
    token: tokens.editor,
    body,
  })
const draftsOf = async (id: Id) =>
  (await cms.payload.find({ collection: 'articles', where: { topic: { equals: id } }, overrideAccess: true, depth: 0 })).docs
const deliveriesOf = async (entry: Id) =>
  (await cms.payload.find({ collection: 'deliveries', where: { calendarEntry: { equals: entry } }, overrideAccess: true })).docs

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'writer2@test.local', password: PASSWORD, name: '另一位文案', role: 'copywriter' },
  })
  for (const role of ['admin', 'editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  tokens.otherWriter = await login({ url: cms.url, email: 'writer2@test.local', password: PASSWORD })
  accounts.wechat = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '公众号' } })
  accounts.weibo = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'weibo', name: '官方微博' } })
  accounts.channels = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: 'channels', name: '视频号' },
  })
  campaign = await makeDoc({ payload: cms.payload, collection: 'campaigns', data: { name: '315 权益月' } })
})
after(async () => cms?.close())

describe('the idea and its approval', () => {
  test('a copywriter’s topic is their idea, even when they send it as approved', async () => {
    const reply = await api<{ doc: TopicDoc }>({
      url: cms.url,
      method: 'POST',
      path: '/api/topics',
      token: tokens.copywriter,
      body: {
        title: '退货运费谁来出',
        angle: '七天无理由退货的运费规则，一张表讲清楚。',
        pillar: '权益科普',
        source: 'feedback',
        campaign,
        accounts: [accounts.wechat, accounts.weibo, accounts.channels],
        state: 'approved',
        approvedBy: team.copywriter.id,
      },
    })
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    topic = reply.body.doc.id
    const stored = await topicRow(topic)
    assert.equal(stored?.state, 'idea')
    assert.equal(String(stored?.owner), String(team.copywriter.id))
    assert.equal(stored?.approvedBy ?? null, null)
    assert.equal(stored?.approvedAt ?? null, null)
  })

  test('the copywriter cannot approve it: not over REST, not through GraphQL', async () => {
    await patchTopic(topic, { state: 'approved', approvedAt: new Date().toISOString() }, tokens.copywriter)
    assert.equal((await topicRow(topic))?.state, 'idea')
    const response = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.copywriter}` },
      body: JSON.stringify({ query: `mutation { updateTopic(id: ${topic}, data: { state: approved }) { id state } }` }),
    })
    const text = await response.text()
    assert.doesNotMatch(text, /Cannot query field|Unknown argument|is not defined/, text)
    const stored = await topicRow(topic)
    assert.equal(stored?.state, 'idea')
    assert.equal(stored?.approvedBy ?? null, null)
  })

  test('an idea cannot hold a calendar slot', async () => {
    const reply = await slot({ topic, account: accounts.wechat, publishAt: inDays(3) })
    assert.equal(reply.status, 400, JSON.stringify(reply.body))
    assert.match(reply.body.errors?.[0]?.message ?? '', /退货运费谁来出.*还没通过/)
    assert.equal((await cms.payload.count({ collection: 'calendar-entries', overrideAccess: true })).totalDocs, 0)
  })

  test('nor be started', async () => {
    const reply = await start(topic, 'articles', tokens.copywriter)
    assert.equal(reply.status, 400)
    assert.match(reply.body.errors?.[0]?.message ?? '', /还没通过/)
    assert.equal((await draftsOf(topic)).length, 0)
  })

  test('a move the table has not is refused, naming both states', async () => {
    const reply = await patchTopic(topic, { state: 'done' }, tokens.editor)
    assert.equal(reply.status, 400)
    assert.match(reply.body.errors?.[0]?.message ?? '', /「待定」.*「已完成」/)
    assert.equal((await topicRow(topic))?.state, 'idea')
  })

  test('an editor approves it: approver and time stamped; taking it back clears them', async () => {
    const before = Date.now()
    const reply = await patchTopic(topic, { state: 'approved', approvedBy: team.admin.id }, tokens.editor)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    let stored = await topicRow(topic)
    assert.equal(stored?.state, 'approved')
    assert.equal(String(stored?.approvedBy), String(team.editor.id))
    assert.ok(Date.parse(String(stored?.approvedAt)) >= before - 1000)

    await patchTopic(topic, { state: 'idea' }, tokens.editor)
    stored = await topicRow(topic)
    assert.equal(stored?.state, 'idea')
    assert.equal(stored?.approvedBy ?? null, null)
    assert.equal(stored?.approvedAt ?? null, null)

    await patchTopic(topic, { state: 'approved' }, tokens.editor)
    assert.equal((await topicRow(topic))?.state, 'approved')
  })

  test('a pillar not in 策划设置 is refused, listing the allowed ones', async () => {
    const reply = await patchTopic(topic, { pillar: '八卦' }, tokens.copywriter)
    assert.equal(reply.status, 400)
    const message = reply.body.errors?.[0]?.message ?? ''
    for (const name of ['八卦', '权益科普', '案例', '政策解读', '品牌动态']) assert.ok(message.includes(name), message)
    assert.equal((await topicRow(topic))?.pillar, '权益科普')
    await cms.payload.updateGlobal({ slug: 'planning-settings', data: { pillars: [{ name: '权益科普' }, { name: '八卦' }] } })
    assert.equal((await patchTopic(topic, { pillar: '八卦' }, tokens.copywriter)).status, 200)
    assert.equal((await patchTopic(topic, { pillar: '' }, tokens.copywriter)).status, 200, 'no pillar is allowed')
    assert.equal((await patchTopic(topic, { pillar: '权益科普' }, tokens.copywriter)).status, 200)
  })
})

describe('start writing', () => {
  const entries: Record<'wechat' | 'weibo' | 'channels', Id> = { wechat: 0, weibo: 0, channels: 0 }

  test('the approved topic holds slots on its accounts before any draft: 待写稿, nothing queued', async () => {
    for (const name of ['wechat', 'weibo', 'channels'] as const) {
      const reply = await slot({ topic, account: accounts[name], publishAt: inDays(5) })
      assert.equal(reply.status, 201, JSON.stringify(reply.body))
      entries[name] = reply.body.doc?.id ?? 0
      const stored = await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: entries[name] })
      assert.equal(stored?.state, 'awaiting_content')
      assert.equal(stored?.content ?? null, null)
      assert.equal((await deliveriesOf(entries[name])).length, 0)
    }
  })

  test('another copywriter may not start it', async () => {
    const reply = await start(topic, 'articles', tokens.otherWriter)
    assert.equal(reply.status, 403)
    assert.match(reply.body.errors?.[0]?.message ?? '', /执行人、编辑或管理员/)
    assert.equal((await draftsOf(topic)).length, 0)
    assert.equal((await topicRow(topic))?.state, 'approved')
  })

  test('a body without a known kind is refused in Chinese', async () => {
    const reply = await start(topic, 'podcasts', tokens.copywriter)
    assert.equal(reply.status, 400)
    assert.match(reply.body.errors?.[0]?.message ?? '', /请选择要写的内容类型/)
  })

  test('its owner starts it: the linked draft is theirs, fills the slots it can, and the topic is in production', async () => {
    const reply = await start(topic, 'articles', tokens.copywriter)
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const [draft] = await draftsOf(topic)
    assert.ok(draft)
    assert.deepEqual(reply.body.content, { relationTo: 'articles', value: draft.id })
    assert.equal(reply.body.editUrl, `/admin/collections/articles/${draft.id}`)
    assert.equal(draft.title, '退货运费谁来出')
    assert.equal(draft.status, 'draft')
    assert.equal(String(draft.owner), String(team.copywriter.id))
    assert.equal(String(draft.campaign), String(campaign))
    assert.equal(draft.body, '七天无理由退货的运费规则，一张表讲清楚。')

    assert.deepEqual((reply.body.filled as Id[]).map(String).sort(), [entries.wechat, entries.weibo].map(String).sort())
    for (const name of ['wechat', 'weibo'] as const) {
      const stored = await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: entries[name] })
      assert.deepEqual(stored?.content, { relationTo: 'articles', value: draft.id })
      assert.equal(String(stored?.topic), String(topic))
      // A draft's slot is planned and waits: nothing goes out until it is approved.
      assert.equal(stored?.state, 'planned')
      assert.equal((await deliveriesOf(entries[name])).length, 0)
    }
    // 视频号 publishes videos only: that slot stays waiting, and the reply says why.
    const skipped = reply.body.skipped as { entry: Id; reason: string }[]
    assert.equal(skipped.length, 1)
    assert.equal(String(skipped[0]?.entry), String(entries.channels))
    assert.match(skipped[0]?.reason ?? '', /视频号.*不能发布/)
    const waiting = await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: entries.channels })
    assert.equal(waiting?.state, 'awaiting_content')
    assert.equal(waiting?.content ?? null, null)

    const stored = await topicRow(topic)
    assert.equal(stored?.state, 'in_production')
    assert.deepEqual(stored?.content, { relationTo: 'articles', value: draft.id })
    // The owner can work on it: it is their own draft.
    const edit = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${draft.id}`,
      token: tokens.copywriter,
      body: { body: '初稿' },
    })
    assert.equal(edit.status, 200, JSON.stringify(edit.body))
  })

  test('starting again answers 409 with the draft, and makes no second one', async () => {
    const [draft] = await draftsOf(topic)
    const reply = await start(topic, 'articles', tokens.copywriter)
    assert.equal(reply.status, 409)
    assert.deepEqual(reply.body.doc, { relationTo: 'articles', value: draft?.id })
    assert.match(reply.body.errors?.[0]?.message ?? '', /已经开始写作/)
    assert.equal((await draftsOf(topic)).length, 1)
    assert.equal((await start(topic, 'notes', tokens.editor)).status, 409)
    assert.equal((await cms.payload.count({ collection: 'notes', overrideAccess: true })).totalDocs, 0)
  })

  test('a slot placed after the start takes the draft at once', async () => {
    const reply = await slot({ topic, account: accounts.weibo, publishAt: inDays(9) })
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const stored = await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: reply.body.doc?.id ?? 0 })
    assert.equal(stored?.state, 'planned')
    assert.equal((stored?.content as { value?: Id } | null)?.value, (await draftsOf(topic))[0]?.id)
  })

  test('a double click makes one draft: of two starts at once, one is 201 and the other 409', async () => {
    const twin = await makeDoc({
      payload: cms.payload,
      collection: 'topics',
      data: { title: '双击的选题', state: 'approved', owner: team.copywriter.id },
    })
    // Two requests to this test server are answered one after the other, so the race is run through
    // the endpoint's own logic: two signed-in requests of the owner at once, each reading 已通过.
    const { createLocalReq } = await import('payload')
    const { startTopic } = await import('../../cms/planning/startTopic')
    const user = await cms.payload.findByID({ collection: 'users', id: team.copywriter.id, overrideAccess: true })
    const click = async () => {
      const req = await createLocalReq({ user: { ...user, collection: 'users' } }, cms.payload)
      try {
        return (await startTopic({ req, user, topicId: String(twin), kind: 'articles' })).status
      } catch (error) {
        return String(error)
      }
    }
    const statuses = await Promise.all([click(), click()])
    assert.deepEqual(statuses.map(String).sort(), ['201', '409'])
    assert.equal((await draftsOf(twin)).length, 1)
    const stored = await topicRow(twin)
    assert.equal(stored?.state, 'in_production')
    assert.equal((stored?.content as { value?: Id } | null)?.value, (await draftsOf(twin))[0]?.id)
  })

  test('a copywriter cannot start a kind their role may not create; an editor starts it for the owner', async () => {
    const video = await makeDoc({
      payload: cms.payload,
      collection: 'topics',
      data: { title: '视频选题', state: 'approved', owner: team.copywriter.id },
    })
    const refused = await start(video, 'videos', tokens.copywriter)
    assert.equal(refused.status, 403)
    assert.match(refused.body.errors?.[0]?.message ?? '', /不能新建视频/)
    assert.equal((await topicRow(video))?.state, 'approved')
    const notes = await start(video, 'notes', tokens.editor)
    assert.equal(notes.status, 201, JSON.stringify(notes.body))
    const made = await readRaw({ payload: cms.payload, collection: 'notes', id: (notes.body.content as { value: Id }).value })
    assert.equal(String(made?.owner), String(team.copywriter.id), 'the owner’s draft, not the editor’s')
    assert.equal(String(made?.topic), String(video))
  })
})
