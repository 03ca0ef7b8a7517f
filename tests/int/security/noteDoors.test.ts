import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTeam, type Id, PASSWORD, readRaw } from '../../helpers/fixtures'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'

/**
 * Notes (图文笔记) are content like articles: the doors an outsider would try on them — lists, versions,
 * drafts and GraphQL without signing in; a writer (a 内容运营 here) setting the review state, editing
 * someone else's note, restoring its version or duplicating it — are shut the same way.
 */
let cms: TestCms
const tokens: Record<string, string> = {}
let mine: Id
let theirs: Id

before(async () => {
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'op@test.local', password: PASSWORD, name: '运营', role: 'operator' },
  })
  tokens.operator = await login({ url: cms.url, email: 'op@test.local', password: PASSWORD })
  tokens.copywriter = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
  const create = async (token: string, title: string) =>
    (await api<{ doc: { id: Id } }>({ url: cms.url, method: 'POST', path: '/api/notes', token, body: { title, body: '正文' } })).body.doc.id
  mine = await create(tokens.operator, '运营的笔记')
  theirs = await create(tokens.copywriter, '文案的笔记')
})
after(async () => cms?.close())

test('nobody signed in reads notes: not the list, a draft, the versions, nor through GraphQL', async () => {
  for (const path of [
    '/api/notes',
    `/api/notes/${mine}?draft=true`,
    '/api/notes/versions',
    `/api/notes?where[title][like]=笔记&select[title]=true`,
  ]) {
    const reply = await api<{ docs?: unknown[] }>({ url: cms.url, method: 'GET', path, token: null })
    assert.ok([401, 403, 404].includes(reply.status), `${path}: ${reply.status}`)
  }
  const graphql = await api<{ data?: { Notes?: { docs: unknown[] } | null } }>({
    url: cms.url,
    method: 'POST',
    path: '/api/graphql',
    token: null,
    body: { query: '{ Notes { docs { id title } } }' },
  })
  assert.equal(graphql.body.data?.Notes?.docs?.length ?? 0, 0)
})

test('an operator cannot approve their own note, edit someone else’s or restore its version; a duplicate is their own draft', async () => {
  await api({ url: cms.url, method: 'PATCH', path: `/api/notes/${mine}`, token: tokens.operator, body: { status: 'approved' } })
  assert.equal((await readRaw({ payload: cms.payload, collection: 'notes', id: mine }))?.status, 'draft')

  const edit = await api({ url: cms.url, method: 'PATCH', path: `/api/notes/${theirs}`, token: tokens.operator, body: { title: '改了' } })
  assert.ok([403, 404].includes(edit.status), String(edit.status))
  assert.equal((await readRaw({ payload: cms.payload, collection: 'notes', id: theirs }))?.title, '文案的笔记')

  // Duplicate is a create: the copy is the operator's own draft, never an approved or someone else's note.
  const copy = await api<{ doc?: { id?: Id } }>({
    url: cms.url,
    method: 'POST',
    path: `/api/notes/${theirs}/duplicate`,
    token: tokens.operator,
    body: {},
  })
  assert.equal(copy.status, 200, JSON.stringify(copy.body))
  const made = await readRaw({ payload: cms.payload, collection: 'notes', id: copy.body.doc?.id ?? -1 })
  assert.equal(made?.status, 'draft')
  assert.notEqual(String(made?.owner), String((await readRaw({ payload: cms.payload, collection: 'notes', id: theirs }))?.owner))

  const versions = await cms.payload.findVersions({
    collection: 'notes',
    where: { parent: { equals: theirs } },
    overrideAccess: true,
    limit: 1,
  })
  const version = versions.docs[0]
  assert.ok(version)
  const restore = await api({ url: cms.url, method: 'POST', path: `/api/notes/versions/${version.id}`, token: tokens.operator, body: {} })
  assert.ok(restore.status >= 400 && restore.status < 500, String(restore.status))
})
