import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD } from '../../helpers/fixtures'
import { takeEditLock } from '../../helpers/editLocks'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'

/**
 * Payload's edit locks (the record behind its “正在编辑” dialog) at REST and GraphQL: a visitor reads and
 * writes none; a signed-in person takes, takes over and lets go of locks only in their own name, so nobody
 * can make an item look locked by a colleague or remove a colleague's lock. Payload's own form takes its locks
 * past these doors, and the browser journey checks that the review bar lets go of the person's own.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
let article: Id
const tokens: Record<string, string> = {}

type LockRow = { id: Id; user: { relationTo: string; value: Id } }

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['copywriter', 'editor', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  article = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '双十二预热', body: '正文', status: 'draft', owner: team.copywriter.id },
  })
})
after(async () => cms?.close())

const lockBody = (holder: Id) => ({ document: { relationTo: 'articles', value: article }, user: { relationTo: 'users', value: holder } })

async function locks(): Promise<LockRow[]> {
  const { docs } = await cms.payload.find({ collection: 'payload-locked-documents', overrideAccess: true, depth: 0 })
  return docs as unknown as LockRow[]
}
const holders = async () => (await locks()).map((lock) => String(lock.user.value))

async function clearLocks() {
  await cms.payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } }, overrideAccess: true })
}

async function graphqlAs(role: 'designer', body: { query: string }): Promise<{ errors?: { message: string }[] }> {
  return (await api<{ errors?: { message: string }[] }>({ url: cms.url, method: 'POST', path: '/api/graphql', token: tokens[role], body }))
    .body
}

const lockAs = (role: 'copywriter' | 'editor'): Promise<Id> => takeEditLock({ url: cms.url, token: tokens[role], id: article })

describe('edit locks', () => {
  test('a visitor reads and writes none, at REST and GraphQL', async () => {
    await clearLocks()
    const lock = await lockAs('copywriter')
    for (const [method, path, body] of [
      ['GET', '/api/payload-locked-documents', undefined],
      ['GET', `/api/payload-locked-documents/${lock}`, undefined],
      ['POST', '/api/payload-locked-documents', lockBody(team.editor.id)],
      ['PATCH', `/api/payload-locked-documents/${lock}`, lockBody(team.editor.id)],
      ['DELETE', `/api/payload-locked-documents/${lock}`, undefined],
    ] as const) {
      const reply = await api({ url: cms.url, method, path, body })
      assert.equal(reply.status, 403, `${method} ${path}: ${JSON.stringify(reply.body)}`)
    }
    const graphql = await api<{ data?: { PayloadLockedDocuments?: { docs: unknown[] } | null } }>({
      url: cms.url,
      method: 'POST',
      path: '/api/graphql',
      body: { query: '{ PayloadLockedDocuments { docs { id } } }' },
    })
    assert.equal(graphql.body.data?.PayloadLockedDocuments ?? null, null, JSON.stringify(graphql.body))
    assert.deepEqual(await holders(), [String(team.copywriter.id)])
  })

  test("a lock is taken in one's own name only: not in a colleague's, at REST, GraphQL or by duplicating", async () => {
    await clearLocks()
    const forged = await api<{ errors?: { message: string }[] }>({
      url: cms.url,
      method: 'POST',
      path: '/api/payload-locked-documents',
      token: tokens.designer,
      body: lockBody(team.editor.id),
    })
    assert.equal(forged.status, 403, JSON.stringify(forged.body))
    const viaGraphql = await api<{ errors?: { message: string }[] }>({
      url: cms.url,
      method: 'POST',
      path: '/api/graphql',
      token: tokens.designer,
      body: {
        query: `mutation { createPayloadLockedDocument(data: { document: { relationTo: articles, value: ${JSON.stringify(article)} }, user: { relationTo: users, value: ${JSON.stringify(team.editor.id)} } }) { id } }`,
      },
    })
    assert.match(String(viaGraphql.body.errors?.[0]?.message), /你的角色不能做这件事/, JSON.stringify(viaGraphql.body))
    assert.deepEqual(await holders(), [])
    const own = await lockAs('copywriter')
    assert.deepEqual(await holders(), [String(team.copywriter.id)])
    // Nor by duplicating a colleague's lock: the copy would be in the colleague's name.
    const copied = await api({
      url: cms.url,
      method: 'POST',
      path: `/api/payload-locked-documents/${own}/duplicate`,
      token: tokens.designer,
    })
    assert.equal(copied.status, 403, JSON.stringify(copied.body))
    assert.deepEqual(await holders(), [String(team.copywriter.id)])
  })

  test("a colleague's lock can be taken over (Payload's 接管), never handed to someone else, one by one or in bulk", async () => {
    await clearLocks()
    const lock = await lockAs('copywriter')
    const handed = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/payload-locked-documents/${lock}`,
      token: tokens.designer,
      body: { user: { relationTo: 'users', value: team.editor.id } },
    })
    assert.equal(handed.status, 403, JSON.stringify(handed.body))
    const handedViaGraphql = await graphqlAs('designer', {
      query: `mutation { updatePayloadLockedDocument(id: ${JSON.stringify(lock)}, data: { user: { relationTo: users, value: ${JSON.stringify(team.editor.id)} } }) { id } }`,
    })
    assert.match(String(handedViaGraphql.errors?.[0]?.message), /你的角色不能做这件事/, JSON.stringify(handedViaGraphql))
    const handedInBulk = await api({
      url: cms.url,
      method: 'PATCH',
      path: '/api/payload-locked-documents?where[id][exists]=true',
      token: tokens.designer,
      body: { user: { relationTo: 'users', value: team.editor.id } },
    })
    assert.notEqual(handedInBulk.status, 200, JSON.stringify(handedInBulk.body))
    assert.deepEqual(await holders(), [String(team.copywriter.id)])
    const takenOver = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/payload-locked-documents/${lock}`,
      token: tokens.editor,
      body: { user: { relationTo: 'users', value: team.editor.id } },
    })
    assert.equal(takenOver.status, 200, JSON.stringify(takenOver.body))
    assert.deepEqual(await holders(), [String(team.editor.id)])
  })

  test("one lets go of one's own lock only, by id, by query or at GraphQL", async () => {
    await clearLocks()
    const lock = await lockAs('copywriter')
    const byId = await api({ url: cms.url, method: 'DELETE', path: `/api/payload-locked-documents/${lock}`, token: tokens.designer })
    assert.ok([403, 404].includes(byId.status), `${byId.status} ${JSON.stringify(byId.body)}`)
    const byQuery = await api<{ docs?: unknown[] }>({
      url: cms.url,
      method: 'DELETE',
      path: '/api/payload-locked-documents?where[id][exists]=true',
      token: tokens.designer,
    })
    assert.deepEqual(byQuery.body.docs ?? [], [], JSON.stringify(byQuery.body))
    const viaGraphql = await graphqlAs('designer', {
      query: `mutation { deletePayloadLockedDocument(id: ${JSON.stringify(lock)}) { id } }`,
    })
    assert.ok(viaGraphql.errors?.length, JSON.stringify(viaGraphql))
    assert.deepEqual(await holders(), [String(team.copywriter.id)])
    const own = await api({ url: cms.url, method: 'DELETE', path: `/api/payload-locked-documents/${lock}`, token: tokens.copywriter })
    assert.equal(own.status, 200, JSON.stringify(own.body))
    assert.deepEqual(await holders(), [])
  })

  test('anyone signed in still reads who holds a lock (the dialog names them)', async () => {
    await clearLocks()
    await lockAs('copywriter')
    const reply = await api<{ docs: LockRow[] }>({
      url: cms.url,
      method: 'GET',
      path: `/api/payload-locked-documents?where[document.value][equals]=${article}&depth=0`,
      token: tokens.designer,
    })
    assert.equal(reply.status, 200)
    assert.deepEqual(
      reply.body.docs.map((lock) => String(lock.user.value)),
      [String(team.copywriter.id)],
    )
  })
})
