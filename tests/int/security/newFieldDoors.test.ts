import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTeam, makeDoc, PASSWORD, readRaw } from '../../helpers/fixtures'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'

/**
 * The fields and endpoints the WeChat-push and compliance work added, tried through the doors an
 * outsider would: a teammate's WeChat ID (REST, GraphQL), the OCR result and the fingerprint (written
 * by the system only), the image-findings and AI-review endpoints (anonymous).
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  await cms.payload.update({ collection: 'users', id: team.editor.id, overrideAccess: true, data: { wechatId: 'editor_wx_secret' } })
})
after(async () => cms?.close())

test("a teammate's WeChat ID is theirs and the admins': not through REST, lists or GraphQL", async () => {
  const one = await api<{ wechatId?: string | null }>({
    url: cms.url,
    method: 'GET',
    path: `/api/users/${team.editor.id}`,
    token: tokens.copywriter,
  })
  assert.equal(one.status, 200)
  assert.equal(one.body.wechatId, undefined)
  const list = await api({ url: cms.url, method: 'GET', path: '/api/users?limit=50', token: tokens.copywriter })
  assert.ok(!JSON.stringify(list.body).includes('editor_wx_secret'))
  const gql = await fetch(`${cms.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.copywriter}` },
    body: JSON.stringify({ query: '{ Users { docs { id wechatId } } }' }),
  })
  assert.ok(!(await gql.text()).includes('editor_wx_secret'))
  const own = await api<{ wechatId?: string }>({ url: cms.url, method: 'GET', path: `/api/users/${team.editor.id}`, token: tokens.editor })
  assert.equal(own.body.wechatId, 'editor_wx_secret')
  const admin = await api<{ wechatId?: string }>({ url: cms.url, method: 'GET', path: `/api/users/${team.editor.id}`, token: tokens.admin })
  assert.equal(admin.body.wechatId, 'editor_wx_secret')
})

test('the fingerprint and image OCR results are written by the system only, by any role', async () => {
  const article = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '指纹', body: '会员日满减。', status: 'draft', owner: team.copywriter.id },
  })
  const stored = (await readRaw({ payload: cms.payload, collection: 'articles', id: article }))?.fingerprint
  for (const role of ['admin', 'editor', 'copywriter'] as const) {
    await api({ url: cms.url, method: 'PATCH', path: `/api/articles/${article}`, token: tokens[role], body: { fingerprint: 'forged' } })
  }
  assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id: article }))?.fingerprint, stored)
  const gql = await fetch(`${cms.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.admin}` },
    body: JSON.stringify({ query: `mutation { updateArticles(id: ${JSON.stringify(article)}, data: { fingerprint: "forged" }) { id } }` }),
  })
  await gql.text()
  assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id: article }))?.fingerprint, stored)
})

test('the image-findings and AI-review endpoints refuse anonymous callers and say nothing of the item', async () => {
  const article = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '不公开的稿件', body: '草稿。', status: 'draft', owner: team.copywriter.id },
  })
  const findings = await api({ url: cms.url, method: 'GET', path: `/api/media/image-findings/articles/${article}` })
  assert.ok([401, 403].includes(findings.status), String(findings.status))
  assert.ok(!JSON.stringify(findings.body).includes('不公开的稿件'))
  const review = await api({
    url: cms.url,
    method: 'POST',
    path: '/api/compliance/ai-review',
    body: { collection: 'articles', id: article },
  })
  assert.ok([401, 403].includes(review.status), String(review.status))
  const seen = await api<{ images?: unknown[] }>({
    url: cms.url,
    method: 'GET',
    path: `/api/media/image-findings/articles/${article}`,
    token: tokens.editor,
  })
  assert.equal(seen.status, 200, JSON.stringify(seen.body))
  assert.deepEqual(seen.body.images, [])
})
