import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, draftArticle, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * Issue #17: opening 创建新条目 creates a record at once (drafts autosave); leaving left "<没有 标题>"
 * items nobody but an admin could delete, listed everywhere and shown as "[图文] null" in pickers.
 * Autosave stays (no lost text); the empty ones are never listed, their owner may delete them, and
 * a new item clears those untouched for a day.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}

type Listed = { docs: { id: Id; title?: string | null }[]; totalDocs: number }
const idsIn = (reply: { body: Listed }) => reply.body.docs.map((doc) => String(doc.id))

const openNewForm = (token: string, data: Record<string, unknown> = {}): Promise<Id> => draftArticle({ url: cms.url, token, data })

async function graphqlTitles(token: string): Promise<string[]> {
  const reply = await fetch(`${cms.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ query: '{ Articles(limit: 100, draft: true) { docs { id } } }' }),
  })
  const json = (await reply.json()) as { data: { Articles: { docs: { id: Id }[] } } }
  return json.data.Articles.docs.map((doc) => String(doc.id))
}

/** Ages an item as if nobody had touched it for two days: the stored document and every version. */
async function ageTwoDays(id: Id): Promise<void> {
  const old = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString()
  await cms.payload.db.updateOne({ collection: 'articles', id, data: { updatedAt: old, createdAt: old } })
  const { docs } = await cms.payload.db.findVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
    limit: 0,
    pagination: false,
  })
  for (const row of docs) {
    await cms.payload.db.updateVersion({
      collection: 'articles',
      id: row.id,
      versionData: { ...row, createdAt: old, updatedAt: old, version: { ...row.version, updatedAt: old, createdAt: old } },
    })
  }
}

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
})
after(async () => cms?.close())

describe('empty drafts are never listed', () => {
  test('not in lists, draft lists, counts or GraphQL, for anyone; the author still opens it by id', async () => {
    const empty = String(await openNewForm(tokens.copywriter))
    const written = String(await openNewForm(tokens.copywriter, { title: '双十一预热' }))
    for (const token of [tokens.copywriter, tokens.editor, tokens.admin]) {
      for (const path of [
        '/api/articles?limit=100',
        '/api/articles?limit=100&draft=true',
        '/api/articles?limit=100&where[title][exists]=false',
      ]) {
        const listed = idsIn(await api<Listed>({ url: cms.url, method: 'GET', path, token }))
        assert.ok(!listed.includes(empty), `${path} lists the empty draft`)
        if (!path.includes('exists')) assert.ok(listed.includes(written), `${path} lists the written one`)
      }
      assert.ok(!(await graphqlTitles(token)).includes(empty))
    }
    const count = await api<{ totalDocs: number }>({ url: cms.url, method: 'GET', path: '/api/articles/count', token: tokens.editor })
    const all = await cms.payload.count({ collection: 'articles', overrideAccess: true })
    assert.equal(count.body.totalDocs, all.totalDocs - 1)
    const opened = await api<{ id: Id }>({
      url: cms.url,
      method: 'GET',
      path: `/api/articles/${empty}?draft=true`,
      token: tokens.copywriter,
    })
    assert.equal(opened.status, 200)
  })

  test('the public list still answers anonymous visitors with the published items only', async () => {
    const published = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '已发布的文章', body: '正文', status: 'published', owner: team.copywriter.id },
    })
    const reply = await api<Listed>({ url: cms.url, method: 'GET', path: '/api/articles?limit=100' })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.deepEqual(idsIn(reply), [String(published)])
  })

  test('text typed into the form and autosaved (no title yet) lists it: nothing written is hidden', async () => {
    const id = String(await openNewForm(tokens.copywriter))
    const autosave = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${id}?draft=true&autosave=true`,
      token: tokens.copywriter,
      body: { body: '先写正文，标题最后再想' },
    })
    assert.equal(autosave.status, 200, JSON.stringify(autosave.body))
    assert.ok(
      idsIn(
        await api<Listed>({ url: cms.url, method: 'GET', path: '/api/articles?limit=100&draft=true', token: tokens.copywriter }),
      ).includes(id),
    )
  })
})

describe('the owner deletes their own never-submitted draft; nobody else but an admin', () => {
  test('another copywriter and an anonymous visitor are refused; the owner deletes it', async () => {
    const id = await openNewForm(tokens.copywriter)
    const other = await api({ url: cms.url, method: 'DELETE', path: `/api/articles/${id}`, token: tokens.otherWriter })
    assert.ok([403, 404].includes(other.status), `other copywriter: ${other.status}`)
    const anonymous = await api({ url: cms.url, method: 'DELETE', path: `/api/articles/${id}` })
    assert.ok([401, 403, 404].includes(anonymous.status), `anonymous: ${anonymous.status}`)
    assert.ok(await readRaw({ payload: cms.payload, collection: 'articles', id }))
    const own = await api({ url: cms.url, method: 'DELETE', path: `/api/articles/${id}`, token: tokens.copywriter })
    assert.equal(own.status, 200, JSON.stringify(own.body))
    assert.equal(await readRaw({ payload: cms.payload, collection: 'articles', id }), null)
  })

  test("a draft with words in it is its owner's to delete too (never submitted), through GraphQL as well", async () => {
    const id = await openNewForm(tokens.copywriter, { title: '写错了的稿子' })
    const reply = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.copywriter}` },
      body: JSON.stringify({ query: `mutation { deleteArticle(id: ${id}) { id } }` }),
    })
    const json = (await reply.json()) as { errors?: unknown[] }
    assert.equal(json.errors, undefined, JSON.stringify(json))
    assert.equal(await readRaw({ payload: cms.payload, collection: 'articles', id }), null)
  })

  test("what went into review is not the author's to delete: submitted, or back in 草稿 with a history", async () => {
    const inReview = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '审核中', body: '正文', status: 'in_review', owner: team.copywriter.id },
    })
    const refused = await api({ url: cms.url, method: 'DELETE', path: `/api/articles/${inReview}`, token: tokens.copywriter })
    assert.ok([403, 404].includes(refused.status), `in review: ${refused.status}`)
    const reopened = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '归档后重开', body: '正文', status: 'in_review', owner: team.copywriter.id },
    })
    for (const event of ['archive', 'reopen']) {
      const moved = await api({
        url: cms.url,
        method: 'POST',
        path: `/api/articles/${reopened}/transition`,
        token: tokens.editor,
        body: { event },
      })
      assert.equal(moved.status, 200, JSON.stringify(moved.body))
    }
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id: reopened }))?.status, 'draft')
    const withHistory = await api<{ errors?: { message: string }[] }>({
      url: cms.url,
      method: 'DELETE',
      path: `/api/articles/${reopened}`,
      token: tokens.copywriter,
    })
    assert.equal(withHistory.status, 403, JSON.stringify(withHistory.body))
    assert.match(String(withHistory.body.errors?.[0]?.message), /管理员/)
    assert.ok(await readRaw({ payload: cms.payload, collection: 'articles', id: reopened }))
    assert.equal((await api({ url: cms.url, method: 'DELETE', path: `/api/articles/${reopened}`, token: tokens.admin })).status, 200)
  })
})

describe('day-old empty drafts are cleaned up when the next item is created', () => {
  test('the stale empty one goes with its versions; a fresh one, a stale one with autosaved text and a saved one stay', async () => {
    const staleEmpty = await openNewForm(tokens.otherWriter)
    const freshEmpty = await openNewForm(tokens.otherWriter)
    const staleAutosaved = await openNewForm(tokens.otherWriter)
    await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${staleAutosaved}?draft=true&autosave=true`,
      token: tokens.otherWriter,
      body: { body: '自动保存的正文不能丢' },
    })
    const staleTitled = await openNewForm(tokens.otherWriter, { title: '有标题的旧稿' })
    for (const id of [staleEmpty, staleAutosaved, staleTitled]) await ageTwoDays(id)
    await openNewForm(tokens.copywriter, { title: '新的一篇' })
    assert.equal(await readRaw({ payload: cms.payload, collection: 'articles', id: staleEmpty }), null)
    const versions = await cms.payload.countVersions({
      collection: 'articles',
      overrideAccess: true,
      where: { parent: { equals: staleEmpty } },
    })
    assert.equal(versions.totalDocs, 0)
    for (const id of [freshEmpty, staleAutosaved, staleTitled])
      assert.ok(await readRaw({ payload: cms.payload, collection: 'articles', id }), String(id))
    const autosaved = await api<{ body?: string }>({
      url: cms.url,
      method: 'GET',
      path: `/api/articles/${staleAutosaved}?draft=true`,
      token: tokens.otherWriter,
    })
    assert.equal(autosaved.body.body, '自动保存的正文不能丢')
  })
})
