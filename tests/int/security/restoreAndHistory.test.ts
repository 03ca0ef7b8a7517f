import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { databaseKind } from '../../../lib/databaseKind'
import { createTeam, type Id, PASSWORD, readRaw } from '../../helpers/fixtures'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'

/**
 * Issue #10, holes 12a and 7: an author restores an older version of their draft (REST, as the admin's
 * "restore this version" does) without touching the review state; the review log outlives what it was about.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
})
after(async () => cms?.close())

type Doc = { id: Id; title: string; status: string; owner: Id | { id: Id }; approvedVersion: string | null }
const ownerOf = (doc: Record<string, unknown> | null) =>
  typeof doc?.owner === 'object' && doc.owner ? (doc.owner as { id: Id }).id : doc?.owner

async function write(args: { title: string; id?: Id; token?: string }): Promise<Id> {
  const reply = await api<{ doc: Doc }>({
    url: cms.url,
    method: args.id === undefined ? 'POST' : 'PATCH',
    path: args.id === undefined ? '/api/articles' : `/api/articles/${args.id}`,
    token: args.token ?? tokens.copywriter,
    body: { title: args.title, body: `${args.title}的正文` },
  })
  assert.ok(reply.status === 200 || reply.status === 201, JSON.stringify(reply.body))
  return reply.body.doc.id
}
async function versionTitled(id: Id, title: string): Promise<Id> {
  const reply = await api<{ docs: { id: Id; version: { title: string } }[] }>({
    url: cms.url,
    method: 'GET',
    path: `/api/articles/versions?where[parent][equals]=${id}&limit=100`,
    token: tokens.copywriter,
  })
  const version = reply.body.docs.find((v) => v.version.title === title)
  assert.ok(version, `a version titled ${title}`)
  return version.id
}
const transition = (args: { id: Id; event: string; token: string; comment?: string }) =>
  api({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${args.id}/transition`,
    token: args.token,
    body: { event: args.event, comment: args.comment },
  })
const restore = (args: { version: Id; token: string; draft?: boolean }) =>
  api<Record<string, unknown> & { errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/versions/${args.version}${args.draft ? '?draft=true' : ''}`,
    token: args.token,
  })
const stored = (id: Id) => readRaw({ payload: cms.payload, collection: 'articles', id })

describe('restoring a version', () => {
  test('a copywriter restores an older version of their own draft; state, owner and access stay', async () => {
    const id = await write({ title: '初稿标题' })
    await write({ id, title: '改过的标题' })
    const reply = await restore({ version: await versionTitled(id, '初稿标题'), token: tokens.copywriter })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const doc = await stored(id)
    assert.deepEqual([doc?.title, doc?.status, ownerOf(doc)], ['初稿标题', 'draft', team.copywriter.id])
    await write({ id, title: '恢复后继续改' })
    assert.equal((await stored(id))?.title, '恢复后继续改', 'the author still owns and edits it')
  })

  test('restore as draft keeps them too, in the new draft version', async () => {
    const id = await write({ title: '草稿一' })
    await write({ id, title: '草稿二' })
    assert.equal((await restore({ version: await versionTitled(id, '草稿一'), token: tokens.copywriter, draft: true })).status, 200)
    const latest = await api<Doc>({ url: cms.url, method: 'GET', path: `/api/articles/${id}?draft=true&depth=0`, token: tokens.copywriter })
    assert.deepEqual([latest.body.title, latest.body.status, latest.body.owner], ['草稿一', 'draft', team.copywriter.id])
  })

  test('the review state is never taken from the version: sent back for changes, it stays 需修改', async () => {
    const id = await write({ title: '第一稿' })
    await write({ id, title: '第二稿' })
    assert.equal((await transition({ id, event: 'submit', token: tokens.copywriter })).status, 200)
    assert.equal((await transition({ id, event: 'request_changes', token: tokens.editor, comment: '标题再想想' })).status, 200)
    assert.equal((await restore({ version: await versionTitled(id, '第一稿'), token: tokens.copywriter })).status, 200)
    assert.deepEqual([(await stored(id))?.title, (await stored(id))?.status], ['第一稿', 'changes_requested'])
  })

  test('an author cannot restore over approved work; an editor can, and that sends it back to review', async () => {
    const id = await write({ title: '要定稿的第一稿' })
    await write({ id, title: '要定稿的第二稿' })
    assert.equal((await transition({ id, event: 'submit', token: tokens.copywriter })).status, 200)
    assert.equal((await transition({ id, event: 'approve', token: tokens.editor })).status, 200)
    const older = await versionTitled(id, '要定稿的第一稿')
    assert.equal((await restore({ version: older, token: tokens.copywriter })).status, 403)
    assert.deepEqual([(await stored(id))?.title, (await stored(id))?.status], ['要定稿的第二稿', 'approved'])

    assert.equal((await restore({ version: older, token: tokens.editor })).status, 200)
    const doc = await stored(id)
    assert.deepEqual(
      [doc?.title, doc?.status, doc?.approvedVersion ?? null, ownerOf(doc)],
      ['要定稿的第一稿', 'in_review', null, team.copywriter.id],
    )
  })
})

describe('the review log outlives its subject', () => {
  type Log = { docCollection: string; docId: string; docTitle: string; event: string; doc?: unknown }

  test('an admin deletes an article: its log stays readable, naming collection, id and title; a new article on the same id starts clean', async () => {
    const id = await write({ title: '将被删除的文章' })
    assert.equal((await transition({ id, event: 'submit', token: tokens.copywriter })).status, 200)
    assert.equal((await transition({ id, event: 'request_changes', token: tokens.editor, comment: '不合适' })).status, 200)
    assert.equal((await api({ url: cms.url, method: 'DELETE', path: `/api/articles/${id}`, token: tokens.admin })).status, 200)

    const logs = await api<{ docs: Log[] }>({
      url: cms.url,
      method: 'GET',
      token: tokens.editor,
      path: `/api/review-logs?where[docCollection][equals]=articles&where[docId][equals]=${id}&sort=at&depth=0`,
    })
    assert.equal(logs.status, 200)
    assert.deepEqual(
      logs.body.docs.map((l) => [l.docCollection, l.docId, l.docTitle, l.event]),
      [
        ['articles', String(id), '将被删除的文章', 'submit'],
        ['articles', String(id), '将被删除的文章', 'request_changes'],
      ],
    )

    // SQLite gives the next row the highest id + 1: the deleted article's id comes back. Postgres's
    // sequence never hands it out again, so there the new article only has to start clean.
    const next = await write({ title: '新文章' })
    if (databaseKind(String(process.env.DATABASE_URL)) === 'sqlite')
      assert.equal(String(next), String(id), 'the id is reused (the case this test is about)')
    else assert.notEqual(String(next), String(id))
    const info = await api<{ history: unknown[] }>({
      url: cms.url,
      method: 'GET',
      path: `/api/articles/${next}/review`,
      token: tokens.copywriter,
    })
    assert.equal(info.status, 200)
    assert.deepEqual(info.body.history, [], "the old article's history is not the new one's")
    assert.equal((await transition({ id: next, event: 'submit', token: tokens.copywriter })).status, 200)
    const after = await api<{ history: { event: string; title: string }[] }>({
      url: cms.url,
      method: 'GET',
      path: `/api/articles/${next}/review`,
      token: tokens.copywriter,
    })
    assert.deepEqual(
      after.body.history.map((h) => [h.event, h.title]),
      [['submit', '新文章']],
    )
  })
})
