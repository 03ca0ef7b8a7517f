import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const accounts: Record<string, Id> = {}
const inDays = (days: number, hourUtc = 12) =>
  new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + days, hourUtc)).toISOString()

type BatchReply = { docs?: { id: Id; state: string; account: Id }[]; errors?: { message: string; slot?: number }[] }

async function approvedArticle(title: string, more: Record<string, unknown> = {}): Promise<Id> {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title, body: '正文', status: 'approved', owner: team.copywriter.id, ...more },
  })
  const v = await cms.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 1, overrideAccess: true })
  await cms.payload.db.updateOne({
    collection: 'articles',
    id,
    data: { approvedVersion: String(v.docs[0].id), approvedBy: team.editor.id },
  })
  return id
}
const batch = (body: Record<string, unknown>, token: string | null = tokens.editor) =>
  api<BatchReply>({ url: cms.url, method: 'POST', path: '/api/calendar-entries/batch', token, body })
const entriesOf = async (content: Id, relationTo = 'articles') =>
  (
    await cms.payload.find({
      collection: 'calendar-entries',
      overrideAccess: true,
      depth: 0,
      where: { and: [{ 'content.value': { equals: content } }, { 'content.relationTo': { equals: relationTo } }] },
    })
  ).docs
const deliveriesOfContent = async (content: Id) =>
  (await cms.payload.find({ collection: 'deliveries', overrideAccess: true, depth: 0, where: { 'content.value': { equals: content } } }))
    .docs

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  accounts.wechat = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: 'wechat', name: '社区生活馆公众号' },
  })
  accounts.weibo = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: 'weibo', name: '社区生活馆微博' },
  })
  accounts.toutiao = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'toutiao', name: '头条号' } })
})
after(async () => cms?.close())

describe('scheduling one item on several accounts in one step', () => {
  test('201: every slot is created and scheduled, ids sent as numbers or numeric strings', async () => {
    const content = await approvedArticle('双十二早安')
    const campaign = await makeDoc({ payload: cms.payload, collection: 'campaigns', data: { name: '双12' } })
    const reply = await batch({
      content: { relationTo: 'articles', value: String(content) },
      campaign: String(campaign),
      slots: [
        { account: String(accounts.wechat), publishAt: inDays(3), mode: 'publish' },
        { account: accounts.weibo, publishAt: inDays(3, 13) },
      ],
    })
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    assert.equal(reply.body.docs?.length, 2)
    const stored = await entriesOf(content)
    assert.deepEqual(
      stored.map((e) => [e.account, e.state, e.campaign]).sort(),
      [
        [accounts.wechat, 'scheduled', campaign],
        [accounts.weibo, 'scheduled', campaign],
      ].sort(),
    )
    const deliveries = await deliveriesOfContent(content)
    assert.deepEqual(
      deliveries.map((d) => d.state),
      ['queued', 'queued'],
    )
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id: content }))?.status, 'scheduled')
  })

  test('each slot keeps its own title (title tests) and a 公众号 slot its 次条; a title number out of range is refused in words', async () => {
    const content = await approvedArticle('会员日攻略', { titleCandidates: [{ title: '会员日三步领券' }] })
    const second = await approvedArticle('会员日福利清单')
    const reply = await batch({
      content: { relationTo: 'articles', value: content },
      slots: [
        { account: accounts.wechat, publishAt: inDays(6), mode: 'publish', bundle: [second], titleVariant: 2 },
        { account: accounts.weibo, publishAt: inDays(6, 13) },
      ],
    })
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const stored = await entriesOf(content)
    const byAccount = new Map(stored.map((entry) => [entry.account, entry]))
    assert.equal(byAccount.get(accounts.wechat)?.titleVariant, 2)
    assert.deepEqual(byAccount.get(accounts.wechat)?.bundle, [second])
    assert.equal(byAccount.get(accounts.weibo)?.titleVariant ?? 1, 1)
    assert.deepEqual(byAccount.get(accounts.weibo)?.bundle ?? [], [])

    const other = await approvedArticle('标题序号超出')
    for (const titleVariant of [9, 0, 2.5, '2']) {
      const refused = await batch({
        content: { relationTo: 'articles', value: other },
        slots: [{ account: accounts.weibo, publishAt: inDays(6), titleVariant }],
      })
      assert.equal(refused.status, 400, JSON.stringify(refused.body))
      assert.match(
        refused.body.errors?.[0]?.message ?? '',
        /标题序号应为 1 到 5 的整数/,
        `${titleVariant}: ${JSON.stringify(refused.body)}`,
      )
    }
    assert.equal((await entriesOf(other)).length, 0)
  })

  test('400 with every bad slot named by its account, and nothing created', async () => {
    const content = await approvedArticle('一个时间已经过去')
    const reply = await batch({
      content: { relationTo: 'articles', value: content },
      slots: [
        { account: accounts.wechat, publishAt: inDays(2) },
        { account: accounts.weibo, publishAt: inDays(-1) },
        { account: accounts.toutiao, publishAt: 'next tuesday' },
      ],
    })
    assert.equal(reply.status, 400, JSON.stringify(reply.body))
    const errors = reply.body.errors ?? []
    assert.deepEqual(
      errors.map((e) => e.slot),
      [1, 2],
    )
    assert.match(errors[0].message, /^「社区生活馆微博」：.*已经过去/)
    assert.match(errors[1].message, /^「头条号」：/)
    assert.equal((await entriesOf(content)).length, 0)
    assert.equal((await deliveriesOfContent(content)).length, 0)
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id: content }))?.status, 'approved')
  })

  test('slots that pass alone but not together (two 群发 on one day of a subscription account) roll back, the second named', async () => {
    const content = await approvedArticle('一天两次群发')
    const reply = await batch({
      content: { relationTo: 'articles', value: content },
      slots: [
        { account: accounts.wechat, publishAt: inDays(5, 1), mode: 'mass' },
        { account: accounts.wechat, publishAt: inDays(5, 4), mode: 'mass' },
      ],
    })
    assert.equal(reply.status, 400, JSON.stringify(reply.body))
    assert.equal(reply.body.errors?.[0]?.slot, 1)
    assert.match(reply.body.errors?.[0]?.message ?? '', /^「社区生活馆公众号」：.*群发/)
    assert.equal((await entriesOf(content)).length, 0)
    assert.equal((await deliveriesOfContent(content)).length, 0)
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id: content }))?.status, 'approved')
  })

  test('a slot on an account that cannot publish the kind of content refuses the whole batch', async () => {
    const video = await makeDoc({ payload: cms.payload, collection: 'videos', data: { title: '视频', status: 'approved' } })
    const reply = await batch({
      content: { relationTo: 'videos', value: video },
      slots: [{ account: accounts.wechat, publishAt: inDays(2) }],
    })
    assert.equal(reply.status, 400)
    assert.match(reply.body.errors?.[0]?.message ?? '', /「社区生活馆公众号」：.*不能发布这类内容/)
    assert.equal((await entriesOf(video, 'videos')).length, 0)
  })

  test('a copywriter is refused (403), nobody signed in is refused (401), and nothing is created', async () => {
    const content = await approvedArticle('不该排上的')
    const body = { content: { relationTo: 'articles', value: content }, slots: [{ account: accounts.wechat, publishAt: inDays(2) }] }
    assert.equal((await batch(body, tokens.copywriter)).status, 403)
    assert.equal((await batch(body, null)).status, 401)
    assert.equal((await entriesOf(content)).length, 0)
  })

  test('a body without slots is refused in words', async () => {
    const reply = await batch({ content: { relationTo: 'articles', value: 1 }, slots: [] })
    assert.equal(reply.status, 400)
    assert.match(JSON.stringify(reply.body), /至少选择一个发布账号/)
  })
})

describe('the single create', () => {
  test('accepts ids as numeric strings, as the calendar form sent them (value:"10", account:"1")', async () => {
    const content = await approvedArticle('字符串 id')
    const reply = await api<{ doc: { id: Id } }>({
      url: cms.url,
      method: 'POST',
      path: '/api/calendar-entries',
      token: tokens.editor,
      body: { content: { relationTo: 'articles', value: String(content) }, account: String(accounts.wechat), publishAt: inDays(4) },
    })
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const stored = await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: reply.body.doc.id })
    assert.equal(stored?.account, accounts.wechat)
    assert.equal(stored?.state, 'scheduled')
  })
})
