import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * Numbers by hand: the delivery's quick form (REST /api/post-metrics, as the admin component calls
 * it) and an account's CSV import (POST /api/post-metrics/import), all rows or none, refused by line.
 * The days are fixed in the past, so the tests pass at any hour.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const ids: Record<string, Id> = {}

type ImportReply = { kind: string; created: number; updated: number; errors: { line: number; message: string }[]; message: string }

const importCsv = async (args: { account: Id; body: BodyInit; token?: string; type?: string }) => {
  const reply = await fetch(`${cms.url}/api/post-metrics/import?account=${args.account}`, {
    method: 'POST',
    headers: { authorization: `JWT ${args.token ?? tokens.editor}`, 'content-type': args.type ?? 'text/csv' },
    body: args.body,
  })
  const text = await reply.text()
  return { status: reply.status, body: JSON.parse(text || '{}') as ImportReply & { errors: { message: string }[] } }
}
const rowsOf = async (delivery: Id) =>
  (
    await cms.payload.find({
      collection: 'post-metrics',
      overrideAccess: true,
      where: { delivery: { equals: delivery } },
      sort: 'key',
      depth: 0,
      pagination: false,
    })
  ).docs
const metricCount = async () => (await cms.payload.count({ collection: 'post-metrics', overrideAccess: true })).totalDocs

/** GBK bytes of `text`, from Node's own GB18030 decoder run backwards over the two-byte range (Node has no GBK encoder). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>()
  const decoder = new TextDecoder('gb18030')
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const char = decoder.decode(Uint8Array.of(lead, trail))
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail])
    }
  return Buffer.from(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)]
      const bytes = table.get(char)
      if (!bytes) throw new Error(`no GBK bytes for ${char}`)
      return bytes
    }),
  )
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  ids.toutiao = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: 'toutiao', name: '社区生活馆 头条号' },
  })
  ids.wechat = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: 'wechat', name: '社区生活馆 公众号' },
  })
  ids.weibo = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'weibo', name: '别人的微博' } })
  const article = (title: string) =>
    makeDoc({ payload: cms.payload, collection: 'articles', data: { title, body: '正文', owner: team.copywriter.id } })
  ids.lead = await article('双12预热')
  ids.second = await article('会员日次条')
  const published = { state: 'published', publishedAt: '2026-11-01T02:00:00.000Z' }
  ids.toutiaoPost = await makeDoc({
    payload: cms.payload,
    collection: 'deliveries',
    data: {
      ...published,
      content: { relationTo: 'articles', value: ids.lead },
      account: ids.toutiao,
      url: 'https://www.toutiao.com/article/7001/',
    },
  })
  ids.push = await makeDoc({
    payload: cms.payload,
    collection: 'deliveries',
    data: {
      ...published,
      content: { relationTo: 'articles', value: ids.lead },
      account: ids.wechat,
      url: 'https://mp.weixin.qq.com/s/lead',
      bundle: [{ article: ids.second, revision: '1', url: 'https://mp.weixin.qq.com/s/second' }],
    },
  })
  ids.weiboPost = await makeDoc({
    payload: cms.payload,
    collection: 'deliveries',
    data: { ...published, content: { relationTo: 'articles', value: ids.lead }, account: ids.weibo, url: 'https://weibo.com/1/xyz' },
  })
})
after(async () => cms?.close())

describe('CSV import per account', () => {
  const goodFile = [
    '日期,链接,第几篇,标题,阅读人数,点赞,评论,完读率',
    '2026-11-02,https://www.toutiao.com/article/7001,,双12预热,"1,200",30,4,55%',
    '2026/11/3,https://www.toutiao.com/article/7001/,1,双12预热,800,12,,0.5',
  ].join('\r\n')

  test('a good UTF-8 file (with the BOM Excel writes): every row stored as csv, final, with the copied facts; a second import updates the same rows', async () => {
    const reply = await importCsv({ account: ids.toutiao, body: `\ufeff${goodFile}` })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.deepEqual([reply.body.kind, reply.body.created, reply.body.updated], ['posts', 2, 0])
    assert.match(reply.body.message, /没有导入这些列：标题/)
    const rows = await rowsOf(ids.toutiaoPost)
    assert.deepEqual(
      rows.map((r) => [
        r.date,
        r.position,
        r.readers,
        r.likes,
        r.comments ?? null,
        r.completionRate,
        r.source,
        r.final,
        String(r.account),
        r.platform,
      ]),
      [
        ['2026-11-02', 1, 1200, 30, 4, 0.55, 'csv', true, String(ids.toutiao), 'toutiao'],
        ['2026-11-03', 1, 800, 12, null, 0.5, 'csv', true, String(ids.toutiao), 'toutiao'],
      ],
    )
    const again = await importCsv({ account: ids.toutiao, body: goodFile.replace('"1,200"', '1300') })
    assert.equal(again.status, 200, JSON.stringify(again.body))
    assert.deepEqual([again.body.created, again.body.updated], [0, 2])
    const updated = await rowsOf(ids.toutiaoPost)
    assert.deepEqual(
      updated.map((r) => [String(r.id), r.readers]),
      rows.map((r, i) => [String(r.id), i === 0 ? 1300 : 800]),
    )
  })

  test("a GBK file (Excel's default in China) reads the same", async () => {
    const csv =
      '日期,发布链接,第几篇,阅读人数,在看\r\n2026-11-05,https://mp.weixin.qq.com/s/second#rd,,90,3\r\n2026-11-05,https://mp.weixin.qq.com/s/lead,,400,9\r\n'
    const reply = await importCsv({ account: ids.wechat, body: new Uint8Array(gbk(csv)) })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const rows = await rowsOf(ids.push)
    assert.deepEqual(
      rows.map((r) => [r.position, r.readers, r.wows, String(r.content && typeof r.content === 'object' ? r.content.value : '')]),
      [
        [1, 400, 9, String(ids.lead)],
        [2, 90, 3, String(ids.second)],
      ],
    )
  })

  test('two bad rows: nothing written, both named by line, each line named once', async () => {
    const before = await metricCount()
    const csv = [
      '日期,链接,阅读人数',
      '2026-11-06,https://www.toutiao.com/article/7001,100',
      '2026/13/01,https://www.toutiao.com/article/7001,100',
      '2026-11-07,https://www.toutiao.com/article/7001,很多',
      '2026-11-08,https://www.toutiao.com/article/7001,100',
    ].join('\n')
    const reply = await importCsv({ account: ids.toutiao, body: csv })
    assert.equal(reply.status, 400)
    assert.deepEqual(
      reply.body.errors.map((e) => e.line),
      [3, 4],
    )
    assert.match(reply.body.errors[0].message, /^第 3 行：日期「2026\/13\/01」不是有效日期，请写成 \d{4}-\d{2}-\d{2} 这样的格式$/)
    assert.match(reply.body.errors[1].message, /^第 4 行：阅读人数「很多」不是数字/)
    for (const error of reply.body.errors) assert.doesNotMatch(error.message, /行：第/)
    assert.match(reply.body.message, /有 2 行需要修改，数据没有任何改动/)
    assert.equal(await metricCount(), before)
  })

  test("a row naming another account's post is refused, and so is the whole file", async () => {
    const before = await metricCount()
    const csv = `日期,链接,阅读人数\n2026-11-09,https://www.toutiao.com/article/7001,5\n2026-11-09,https://weibo.com/1/xyz,5\n日期错,,\n`
    const reply = await importCsv({ account: ids.toutiao, body: csv })
    assert.equal(reply.status, 400)
    assert.equal(
      reply.body.errors[0]?.message,
      '第 3 行：链接「https://weibo.com/1/xyz」是另一个账号「别的人的微博」的发布记录，不能导入到这个账号；请在那个账号下导入'.replace(
        '别的人的微博',
        '别人的微博',
      ),
    )
    assert.equal(reply.body.errors[1]?.line, 4)
    const byId = await importCsv({ account: ids.toutiao, body: `日期,发布记录ID,阅读人数\n2026-11-09,${ids.weiboPost},5\n` })
    assert.equal(byId.status, 400)
    assert.match(byId.body.errors[0]?.message ?? '', /^第 2 行：发布记录「.+」是另一个账号「别人的微博」的发布记录/)
    assert.equal(await metricCount(), before)
  })

  test('a followers file goes to the account metrics, once per day', async () => {
    const csv = '日期,粉丝总数,新增关注,取消关注\n2026-11-02,12000,35,4\n2026-11-03,12031,,\n'
    const reply = await importCsv({ account: ids.toutiao, body: csv })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.equal(reply.body.kind, 'followers')
    const again = await importCsv({ account: ids.toutiao, body: csv })
    assert.deepEqual([again.body.created, again.body.updated], [0, 2])
    const rows = await cms.payload.find({
      collection: 'account-metrics',
      overrideAccess: true,
      where: { account: { equals: ids.toutiao } },
      sort: 'date',
    })
    assert.deepEqual(
      rows.docs.map((r) => [r.date, r.followers, r.newFollowers ?? null, r.lostFollowers ?? null, r.source, r.platform]),
      [
        ['2026-11-02', 12000, 35, 4, 'csv', 'toutiao'],
        ['2026-11-03', 12031, null, null, 'csv', 'toutiao'],
      ],
    )
  })

  test('JSON { account, csv } works too; forms, multipart and other roles are refused before anything is read', async () => {
    const json = await api<ImportReply>({
      url: cms.url,
      method: 'POST',
      path: '/api/post-metrics/import',
      token: tokens.admin,
      body: { account: ids.toutiao, csv: '日期,链接,播放量\n2026-11-10,https://www.toutiao.com/article/7001,66\n' },
    })
    assert.equal(json.status, 200, JSON.stringify(json.body))
    const form = new FormData()
    form.append('account', String(ids.toutiao))
    form.append('file', new Blob([goodFile], { type: 'text/csv' }), 'a.csv')
    const multipart = await fetch(`${cms.url}/api/post-metrics/import`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}` },
      body: form,
    })
    assert.equal(multipart.status, 415)
    assert.match(await multipart.text(), /只接受 CSV 文件内容/)
    const copywriter = await importCsv({ account: ids.toutiao, body: goodFile, token: tokens.copywriter })
    assert.equal(copywriter.status, 403)
    const anonymous = await fetch(`${cms.url}/api/post-metrics/import?account=${ids.toutiao}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: goodFile,
    })
    assert.equal(anonymous.status, 401)
    const noAccount = await importCsv({ account: '99999', body: goodFile })
    assert.equal(noAccount.status, 400)
    assert.match(noAccount.body.errors[0]?.message ?? '', /找不到平台账号/)
  })
})

describe("the delivery's quick form (REST, as the admin component sends it)", () => {
  type Reply = { doc?: { id: Id; readers?: number; source?: string }; errors?: { message: string }[] }
  const save = (args: { method: 'POST' | 'PATCH'; id?: Id; body: Record<string, unknown>; token?: string }) =>
    api<Reply>({
      url: cms.url,
      method: args.method,
      path: args.id === undefined ? '/api/post-metrics' : `/api/post-metrics/${args.id}`,
      token: args.token ?? tokens.editor,
      body: args.body,
    })

  test('an editor adds a day, corrects it, and a second row of the same day is refused in words', async () => {
    const created = await save({
      method: 'POST',
      body: { delivery: ids.toutiaoPost, position: 1, date: '2026-11-20', readers: 50, likes: 2 },
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    assert.equal(created.body.doc?.source, 'manual')
    const id = created.body.doc?.id ?? 0
    const corrected = await save({ method: 'PATCH', id, body: { readers: 55 } })
    assert.equal(corrected.status, 200, JSON.stringify(corrected.body))
    assert.equal(corrected.body.doc?.readers, 55)
    const second = await save({ method: 'POST', body: { delivery: ids.toutiaoPost, position: 1, date: '2026-11-20', readers: 1 } })
    assert.equal(second.status, 400)
    assert.match(second.body.errors?.[0]?.message ?? '', /第 1 篇 2026-11-20 的数据已经录入过了，请修改原来那一行/)
  })

  test('the API says in Chinese what is wrong with a day, a count or a position', async () => {
    const badDay = await save({ method: 'POST', body: { delivery: ids.toutiaoPost, date: '2026-13-01', readers: 1 } })
    assert.equal(badDay.status, 400)
    assert.match(badDay.body.errors?.[0]?.message ?? '', /日期「2026-13-01」不是有效日期/)
    const future = await save({ method: 'POST', body: { delivery: ids.toutiaoPost, date: '2099-01-01', readers: 1 } })
    assert.match(future.body.errors?.[0]?.message ?? '', /还没到/)
    const negative = await save({ method: 'POST', body: { delivery: ids.toutiaoPost, date: '2026-11-21', readers: -1 } })
    assert.equal(negative.status, 400)
    assert.match(JSON.stringify(negative.body), /阅读人数/)
    const position = await save({ method: 'POST', body: { delivery: ids.toutiaoPost, position: 2, date: '2026-11-21', readers: 1 } })
    assert.equal(position.status, 400)
    assert.match(position.body.errors?.[0]?.message ?? '', /只有 1 篇，没有第 2 篇/)
  })
})
