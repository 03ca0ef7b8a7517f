import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { appOrigins } from '../../../lib/appOrigins'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../../helpers/fixtures'
import { login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'

/**
 * Issue #10, hole 5: with PUBLIC_URL unset, a cookie from any origin was accepted and custom endpoints
 * read JSON from text/plain bodies, so a page on another site could approve an article for a signed-in
 * editor. Now the cookie counts only from the app's own origins, and bodies must be JSON (or CSV).
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
let editorCookie = ''
let editorToken = ''
let appEnv: (typeof import('../../../lib/env'))['env']

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  editorToken = await login({ url: cms.url, email: team.editor.email, password: PASSWORD })
  editorCookie = `payload-token=${editorToken}`
  appEnv = (await import('../../../lib/env')).env
})
after(async () => cms?.close())

/** A raw request, headers exactly as given: what a browser sends for a form or fetch on another site. */
async function send(args: { path: string; method?: string; headers: Record<string, string>; body?: string }) {
  const reply = await fetch(`${cms.url}${args.path}`, { method: args.method ?? 'POST', headers: args.headers, body: args.body })
  const text = await reply.text()
  return {
    status: reply.status,
    text,
    message: (JSON.parse(text || '{}') as { errors?: { message: string }[] }).errors?.[0]?.message ?? '',
  }
}

async function articleInReview(title: string): Promise<Id> {
  return makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title, body: '正文', status: 'in_review', owner: team.copywriter.id },
  })
}
const stateOf = async (id: Id) => (await readRaw({ payload: cms.payload, collection: 'articles', id }))?.status
const logCount = async (id: Id) =>
  (
    await cms.payload.count({
      collection: 'review-logs',
      overrideAccess: true,
      where: { and: [{ docCollection: { equals: 'articles' } }, { docId: { equals: String(id) } }] },
    })
  ).totalDocs
const approveBody = JSON.stringify({ event: 'approve' })

describe("a signed-in editor's cookie, sent by another site", () => {
  test('the allowed origins are never empty: this host on its port when PUBLIC_URL is unset', () => {
    assert.ok(appEnv.appOrigins.length > 0)
    for (const origin of appEnv.appOrigins) assert.ok(cms.config.csrf.includes(origin), origin)
    if (!appEnv.PUBLIC_URL) assert.deepEqual(appEnv.appOrigins, appOrigins({ publicUrl: undefined, port: appEnv.PORT }))
  })

  test('a forged approve from a foreign Origin is anonymous: refused, the article stays in review, no log', async () => {
    const id = await articleInReview('跨站伪造的审核')
    for (const type of ['application/json', 'text/plain']) {
      const reply = await send({
        path: `/api/articles/${id}/transition`,
        headers: { cookie: editorCookie, origin: 'https://evil.example', 'content-type': type },
        body: approveBody,
      })
      assert.ok(reply.status === 401 || reply.status === 415, `${type}: ${reply.status} ${reply.text}`)
    }
    assert.equal(await stateOf(id), 'in_review')
    assert.equal(await logCount(id), 0)
  })

  test('the same cookie means nothing to other sites on reads either', async () => {
    const me = await send({ path: '/api/users/me', method: 'GET', headers: { cookie: editorCookie, origin: 'https://evil.example' } })
    assert.equal(JSON.parse(me.text).user, null)
    const crossSite = await send({
      path: '/api/users/me',
      method: 'GET',
      headers: { cookie: editorCookie, 'sec-fetch-site': 'cross-site' },
    })
    assert.equal(JSON.parse(crossSite.text).user, null, 'no Origin but Sec-Fetch-Site: cross-site')
  })

  test("from the app's own origin the cookie works (the admin's own requests)", async () => {
    const id = await articleInReview('本站的审核')
    const reply = await send({
      path: `/api/articles/${id}/transition`,
      headers: { cookie: editorCookie, origin: appEnv.appOrigins[0] ?? '', 'content-type': 'application/json' },
      body: approveBody,
    })
    assert.equal(reply.status, 200, reply.text)
    assert.equal(await stateOf(id), 'approved')
    const sameOrigin = await send({
      path: '/api/users/me',
      method: 'GET',
      headers: { cookie: editorCookie, 'sec-fetch-site': 'same-origin' },
    })
    assert.equal(JSON.parse(sameOrigin.text).user?.email, team.editor.email)
  })
})

describe('custom endpoints take JSON bodies only (CSV for imports): 415 otherwise, nothing changed', () => {
  const asEditor = (type: string) => ({ authorization: `JWT ${editorToken}`, 'content-type': type })

  test('a text/plain review transition, even with a valid token', async () => {
    const id = await articleInReview('纯文本请求')
    const reply = await send({ path: `/api/articles/${id}/transition`, headers: asEditor('text/plain'), body: approveBody })
    assert.equal(reply.status, 415)
    assert.match(reply.message, /只接受 JSON（Content-Type: application\/json），收到的是 text\/plain/)
    assert.equal(await stateOf(id), 'in_review')
    assert.equal(await logCount(id), 0)
  })

  test('a form-encoded or untyped body is refused the same way', async () => {
    const id = await articleInReview('表单请求')
    assert.equal(
      (
        await send({
          path: `/api/articles/${id}/transition`,
          headers: asEditor('application/x-www-form-urlencoded'),
          body: 'event=approve',
        })
      ).status,
      415,
    )
    assert.equal(
      (await send({ path: `/api/articles/${id}/transition`, headers: { authorization: `JWT ${editorToken}` }, body: approveBody })).status,
      415,
    )
    assert.equal(await stateOf(id), 'in_review')
  })

  test('every other endpoint that reads a body: publish now, retry, mark published, assist', async () => {
    const deliveriesBefore = (await cms.payload.count({ collection: 'deliveries', overrideAccess: true })).totalDocs
    for (const path of ['/api/deliveries', '/api/deliveries/1/retry', '/api/deliveries/1/mark-published', '/api/assist/digest']) {
      const reply = await send({
        path,
        headers: asEditor('text/plain'),
        body: JSON.stringify({
          content: { relationTo: 'articles', value: 1 },
          account: 1,
          url: 'https://example.com/a',
          checked: true,
          text: '正文',
        }),
      })
      assert.equal(reply.status, 415, `${path}: ${reply.text}`)
    }
    assert.equal((await cms.payload.count({ collection: 'deliveries', overrideAccess: true })).totalDocs, deliveriesBefore)
  })

  test('CSV imports take text/csv only: a text/plain lexicon import cannot switch a blocking word off', async () => {
    await cms.payload.create({
      collection: 'sensitive-words',
      overrideAccess: true,
      data: { word: '稳赚不赔', severity: 'block', category: 'test', enabled: true },
    })
    const csv = 'word,severity,category,enabled\n稳赚不赔,warn,test,false\n'
    const refused = await send({ path: '/api/sensitive-words/import', headers: asEditor('text/plain'), body: csv })
    assert.equal(refused.status, 415)
    assert.match(refused.message, /只接受 CSV/)
    const calendar = await send({
      path: '/api/calendar-entries/import',
      headers: asEditor('text/plain'),
      body: 'date,time,account,content\n',
    })
    assert.equal(calendar.status, 415)
    const word = (await cms.payload.find({ collection: 'sensitive-words', overrideAccess: true, where: { word: { equals: '稳赚不赔' } } }))
      .docs[0]
    assert.deepEqual([word?.severity, word?.enabled], ['block', true])
  })
})
