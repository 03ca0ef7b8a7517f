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

async function article(status: string, title = `文章 ${Math.random().toString(36).slice(2, 7)}`): Promise<Id> {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title, body: '正文', status, owner: team.copywriter.id },
  })
  if (status === 'approved') {
    const v = await cms.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 1, overrideAccess: true })
    await cms.payload.db.updateOne({
      collection: 'articles',
      id,
      data: { approvedVersion: String(v.docs[0].id), approvedBy: team.editor.id },
    })
  }
  return id
}
const entry = (body: Record<string, unknown>, token = tokens.editor) =>
  api<{ doc: { id: Id; state: string }; errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: '/api/calendar-entries',
    token,
    body,
  })
const deliveriesOf = async (entryId: Id) =>
  (await cms.payload.find({ collection: 'deliveries', overrideAccess: true, where: { calendarEntry: { equals: entryId } }, depth: 0 })).docs

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  accounts.wechat = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '公众号' } })
  accounts.toutiao = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'toutiao', name: '头条号' } })
})
after(async () => cms?.close())

describe('scheduling on the calendar', () => {
  test('an entry for approved content schedules it: a queued delivery of the pinned revision, content 已排期, logged', async () => {
    const content = await article('approved')
    const reply = await entry({
      content: { relationTo: 'articles', value: content },
      account: accounts.wechat,
      publishAt: '2099-01-05T20:00:00+08:00',
    })
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const stored = await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: reply.body.doc.id })
    assert.equal(stored?.state, 'scheduled')
    assert.equal(stored?.publishAt, '2099-01-05T12:00:00.000Z')
    const [delivery] = await deliveriesOf(reply.body.doc.id)
    assert.equal(delivery.state, 'queued')
    assert.equal(delivery.revision, (await readRaw({ payload: cms.payload, collection: 'articles', id: content }))?.approvedVersion)
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id: content }))?.status, 'scheduled')
  })

  test('an entry for content in review waits, and is scheduled when the content is approved', async () => {
    const content = await article('in_review')
    const reply = await entry({ content: { relationTo: 'articles', value: content }, account: accounts.wechat, publishAt: inDays(3) })
    assert.equal(reply.status, 201)
    assert.equal(
      (await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: reply.body.doc.id }))?.state,
      'waiting_approval',
    )
    assert.equal((await deliveriesOf(reply.body.doc.id)).length, 0)
    const approved = await api({
      url: cms.url,
      method: 'POST',
      path: `/api/articles/${content}/transition`,
      token: tokens.editor,
      body: { event: 'approve' },
    })
    assert.equal(approved.status, 200, JSON.stringify(approved.body))
    assert.equal((await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: reply.body.doc.id }))?.state, 'scheduled')
    assert.equal((await deliveriesOf(reply.body.doc.id))[0]?.state, 'queued')
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id: content }))?.status, 'scheduled')
  })

  test('a waiting entry whose time passes before approval is marked missed and its owner told', async () => {
    const content = await article('in_review')
    const created = await entry({ content: { relationTo: 'articles', value: content }, account: accounts.wechat, publishAt: inDays(1) })
    const id = created.body.doc.id
    // Time passes while the content waits for review.
    await cms.payload.db.updateOne({ collection: 'calendar-entries', id, data: { publishAt: inDays(-1) } })
    await api({
      url: cms.url,
      method: 'POST',
      path: `/api/articles/${content}/transition`,
      token: tokens.editor,
      body: { event: 'approve' },
    })
    assert.equal((await readRaw({ payload: cms.payload, collection: 'calendar-entries', id }))?.state, 'missed')
    const notes = await cms.payload.find({
      collection: 'notifications',
      overrideAccess: true,
      where: { and: [{ recipient: { equals: team.copywriter.id } }, { kind: { equals: 'entry_missed' } }] },
    })
    assert.equal(notes.totalDocs, 1)
  })

  test('moving an entry keeps its delivery; deleting it cancels the delivery and frees nothing else', async () => {
    const content = await article('approved')
    const reply = await entry({ content: { relationTo: 'articles', value: content }, account: accounts.wechat, publishAt: inDays(4) })
    const moved = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/calendar-entries/${reply.body.doc.id}`,
      token: tokens.editor,
      body: { publishAt: inDays(6) },
    })
    assert.equal(moved.status, 200, JSON.stringify(moved.body))
    const after = await deliveriesOf(reply.body.doc.id)
    assert.deepEqual(
      after.map((d) => d.state),
      ['queued'],
    )
    assert.equal((await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: reply.body.doc.id }))?.publishAt, inDays(6))
    assert.equal(
      (await api({ url: cms.url, method: 'DELETE', path: `/api/calendar-entries/${reply.body.doc.id}`, token: tokens.editor })).status,
      200,
    )
    assert.equal((await readRaw({ payload: cms.payload, collection: 'deliveries', id: after[0].id }))?.state, 'cancelled')
  })

  test('an edit that sends the item back to review cancels its delivery and the slot waits again', async () => {
    const content = await article('approved')
    const reply = await entry({ content: { relationTo: 'articles', value: content }, account: accounts.wechat, publishAt: inDays(5) })
    const edit = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${content}`,
      token: tokens.editor,
      body: { body: '改了正文' },
    })
    assert.equal(edit.status, 200)
    assert.equal((await deliveriesOf(reply.body.doc.id))[0]?.state, 'cancelled')
    assert.equal(
      (await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: reply.body.doc.id }))?.state,
      'waiting_approval',
    )
  })

  test('refused with a message: a past time, an invalid date, the wrong platform, a copywriter', async () => {
    const content = await article('approved')
    const past = await entry({ content: { relationTo: 'articles', value: content }, account: accounts.wechat, publishAt: inDays(-2) })
    assert.equal(past.status, 400)
    assert.match(String(past.body.errors?.[0]?.message), /已经过去/)
    const invalid = await entry({
      content: { relationTo: 'articles', value: content },
      account: accounts.wechat,
      publishAt: 'next tuesday',
    })
    assert.equal(invalid.status, 400)
    const video = await makeDoc({ payload: cms.payload, collection: 'videos', data: { title: '视频', status: 'approved' } })
    const wrong = await entry({ content: { relationTo: 'videos', value: video }, account: accounts.wechat, publishAt: inDays(2) })
    assert.equal(wrong.status, 400)
    assert.match(String(wrong.body.errors?.[0]?.message), /不能发布这类内容/)
    assert.equal(
      (
        await entry(
          { content: { relationTo: 'articles', value: content }, account: accounts.wechat, publishAt: inDays(2) },
          tokens.copywriter,
        )
      ).status,
      403,
    )
    assert.equal(
      (await cms.payload.count({ collection: 'calendar-entries', overrideAccess: true, where: { 'content.value': { equals: content } } }))
        .totalDocs,
      0,
    )
  })
})

describe('the calendar as a spreadsheet', () => {
  test('import creates every row or none, naming the bad lines; export gives the rows back', async () => {
    const campaign = await makeDoc({ payload: cms.payload, collection: 'campaigns', data: { name: '双12' } })
    const a = await article('approved', '导入用文章一')
    const day = inDays(10).slice(0, 10)
    const bad = `日期,时间,账号,内容,排期说明\n${day},20:00,公众号,导入用文章一,首发\n${day},20:00,不存在的号,导入用文章一,\n`
    const refused = await fetch(`${cms.url}/api/calendar-entries/import?campaign=${campaign}`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'text/csv' },
      body: bad,
    })
    const refusedBody = (await refused.json()) as { errors: { line: number; message: string }[] }
    assert.equal(refused.status, 400)
    assert.deepEqual(
      refusedBody.errors.map((e) => e.line),
      [3],
    )
    assert.equal(
      (await cms.payload.count({ collection: 'calendar-entries', overrideAccess: true, where: { campaign: { equals: campaign } } }))
        .totalDocs,
      0,
    )
    const good = `日期,时间,账号,内容,排期说明\n${day},20:00,公众号,导入用文章一,首发\n${day},08:00,头条号,articles:${a},头条\n`
    const ok = await fetch(`${cms.url}/api/calendar-entries/import?campaign=${campaign}`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'text/csv' },
      body: good,
    })
    assert.equal(ok.status, 200, await ok.clone().text())
    const exported = await (
      await fetch(`${cms.url}/api/calendar-entries/export.csv?campaign=${campaign}`, {
        headers: { authorization: `JWT ${tokens.copywriter}` },
      })
    ).text()
    assert.ok(exported.includes(`${day},08:00,头条号,articles:${a},头条,已排期`), exported)
    assert.ok(exported.includes(`${day},20:00,公众号,articles:${a},首发,已排期`), exported)
  })
})
