import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, makeDoc, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const) {
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  }
})
after(async () => cms?.close())

describe('status and findings are read-only through every API', () => {
  test('a create cannot choose its review state or findings', async () => {
    const reply = await api<{ doc: { id: string; status: string; findings: unknown } }>({
      url: cms.url,
      method: 'POST',
      path: '/api/articles',
      token: tokens.admin,
      body: { title: '想直接发布', status: 'published', findings: [{ word: 'x' }] },
    })
    assert.equal(reply.status, 201)
    const stored = await readRaw({ payload: cms.payload, collection: 'articles', id: reply.body.doc.id })
    assert.equal(stored?.status, 'draft')
    assert.deepEqual(stored?.findings, [], "findings are the server's scan, not what the client sent")
  })

  for (const role of ['admin', 'editor', 'copywriter'] as const) {
    test(`${role} cannot PATCH status or findings over REST`, async () => {
      const id = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: '草稿', owner: team[role].id } })
      const reply = await api({
        url: cms.url,
        method: 'PATCH',
        path: `/api/articles/${id}`,
        token: tokens[role],
        body: { title: '改标题', status: 'approved', findings: [{ word: '伪造', severity: 'warn' }] },
      })
      assert.equal(reply.status, 200)
      const stored = await readRaw({ payload: cms.payload, collection: 'articles', id })
      assert.equal(stored?.title, '改标题')
      assert.equal(stored?.status, 'draft')
      assert.deepEqual(stored?.findings, [], "findings are the server's scan, not what the client sent")
    })
  }

  test('an admin cannot change status through GraphQL either', async () => {
    const id = await makeDoc({ payload: cms.payload, collection: 'posters', data: { title: '海报' } })
    const reply = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.admin}` },
      body: JSON.stringify({
        query: `mutation { updatePoster(id: ${JSON.stringify(id)}, data: { title: "新海报", status: published }) { title status } }`,
      }),
    })
    const body = (await reply.json()) as { data?: { updatePoster?: { status: string } }; errors?: unknown }
    const stored = await readRaw({ payload: cms.payload, collection: 'posters', id })
    assert.equal(stored?.status, 'draft', JSON.stringify(body))
  })

  test('a calendar entry state cannot be set by an editor', async () => {
    const account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: 'a' } })
    const article = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: 'a' } })
    const reply = await api<{ doc: { id: string } }>({
      url: cms.url,
      method: 'POST',
      path: '/api/calendar-entries',
      token: tokens.editor,
      body: { content: { relationTo: 'articles', value: article }, account, publishAt: '2030-01-01T12:00:00+08:00', state: 'published' },
    })
    assert.equal(reply.status, 201)
    const stored = await readRaw({ payload: cms.payload, collection: 'calendar-entries', id: reply.body.doc.id })
    assert.equal(stored?.state, 'planned')
    assert.equal(stored?.publishAt, '2030-01-01T04:00:00.000Z', 'times are stored in UTC')
  })
})

describe('platform accounts: what each role sees', () => {
  test('copywriters and designers see only platform and name', async () => {
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'platform-accounts',
      data: { platform: 'weibo', name: '官方微博', settings: { theme: 'x' } },
    })
    for (const role of ['copywriter', 'designer'] as const) {
      const reply = await api<Record<string, unknown>>({
        url: cms.url,
        method: 'GET',
        path: `/api/platform-accounts/${id}`,
        token: tokens[role],
      })
      assert.equal(reply.status, 200)
      assert.equal(reply.body.platform, 'weibo')
      assert.equal(reply.body.name, '官方微博')
      for (const hidden of ['settings', 'health', 'credentials', 'credentialsHint', 'credentialsCipher']) {
        assert.equal(reply.body[hidden], undefined, `${role} must not see ${hidden}`)
      }
    }
  })
  test('editors see settings and health but nothing about credentials', async () => {
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'platform-accounts',
      data: { platform: 'weibo', name: 'b', settings: { a: 1 }, credentials: { appKey: 'k-123456789' } },
    })
    const reply = await api<Record<string, unknown>>({
      url: cms.url,
      method: 'GET',
      path: `/api/platform-accounts/${id}`,
      token: tokens.editor,
    })
    assert.deepEqual(reply.body.settings, { a: 1 })
    assert.ok(reply.body.health)
    for (const hidden of ['credentials', 'credentialsHint', 'credentialsCipher']) assert.equal(reply.body[hidden], undefined, hidden)
  })
})
