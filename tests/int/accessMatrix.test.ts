import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { CollectionSlug } from 'payload'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw, tinyPng } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { type Actor, EXPECTED, type Op, OWNERSHIP_ROWS } from './accessExpectations'

const ACTORS: Actor[] = ['admin', 'editor', 'copywriter', 'designer', 'video_producer', 'operator', 'anonymous']
const OPS: Op[] = ['create', 'read', 'update', 'delete']
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>> & Record<'video_producer' | 'operator', { id: Id; email: string }>
const tokens: Partial<Record<Actor, string>> = {}
const base: { article: Id; approved: Id; account: Id; campaign: Id; delivery: Id } = {
  article: 0,
  approved: 0,
  account: 0,
  campaign: 0,
  delivery: 0,
}
let counter = 0
const unique = () => `${Date.now().toString(36)}${++counter}`
/** A day of its own for each metrics row (one row per post or account per day). */
const uniqueDay = () => new Date(Date.UTC(2020, 0, 1 + ++counter)).toISOString().slice(0, 10)

/** A valid document of each collection, as a system write (owner: the admin, i.e. "someone else"). */
function seedData(collection: string): Record<string, unknown> {
  const owner = team.admin.id
  const at = new Date(Date.now() + 86_400_000).toISOString()
  const content = { relationTo: 'articles', value: base.article }
  switch (collection) {
    case 'articles':
      return { title: `文章 ${unique()}`, body: '正文', owner }
    case 'videos':
      return { title: `视频 ${unique()}`, owner }
    case 'posters':
      return { title: `海报 ${unique()}`, owner }
    case 'notes':
      return { title: `笔记 ${unique()}`, owner }
    case 'comments':
      return { doc: content, body: `评论 ${unique()}`, author: owner }
    case 'campaigns':
      return { name: `活动 ${unique()}`, owner }
    case 'calendar-entries':
      return { content, account: base.account, publishAt: at }
    case 'media':
      return { alt: 'alt', owner }
    case 'platform-accounts':
      return { platform: 'weibo', name: `账号 ${unique()}` }
    case 'deliveries':
      return { content, account: base.account }
    case 'sensitive-words':
      return { word: `词${unique()}`, category: 'test', severity: 'warn' }
    case 'review-logs':
      return {
        doc: content,
        docCollection: 'articles',
        docId: String(base.article),
        docTitle: '文章',
        from: 'draft',
        to: 'in_review',
        event: 'submit',
        at,
      }
    case 'notifications':
      return { recipient: team.admin.id, kind: 'test', message: `通知 ${unique()}` }
    case 'users':
      return { email: `u${unique()}@test.local`, password: PASSWORD, name: 'someone', role: 'copywriter' }
    case 'post-metrics':
      return { delivery: base.delivery, position: 1, date: uniqueDay(), readers: 10 }
    case 'account-metrics':
      return { account: base.account, date: uniqueDay(), followers: 100 }
    case 'metric-days':
      return { key: `posts:${unique()}`, kind: 'posts', date: uniqueDay(), columns: [], rows: [], count: 0, validFrom: at }
    case 'topics':
      return { title: `选题 ${unique()}`, owner }
    case 'festivals':
      return { name: `节点 ${unique()}`, calendar: 'solar', month: 6, day: 18, leadDays: 10 }
    case 'campaign-templates':
      return { name: `案例 ${unique()}` }
    default:
      throw new Error(collection)
  }
}

const PATCH_FIELD: Record<string, string> = {
  articles: 'title',
  videos: 'title',
  posters: 'title',
  notes: 'title',
  comments: 'body',
  campaigns: 'name',
  'calendar-entries': 'title',
  media: 'alt',
  'platform-accounts': 'name',
  deliveries: 'url',
  'sensitive-words': 'note',
  'review-logs': 'comment',
  users: 'name',
  notifications: 'read',
  'post-metrics': 'readers',
  'account-metrics': 'followers',
  'metric-days': 'count',
  topics: 'title',
  festivals: 'name',
  'campaign-templates': 'name',
}

async function attemptCreate(collection: string, actor: Actor) {
  const data = seedData(collection)
  if (collection === 'media') {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), `up-${unique()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'uploaded' }))
    return api<{ doc?: { id: Id } }>({ url: cms.url, method: 'POST', path: `/api/${collection}`, token: tokens[actor], form })
  }
  if (collection === 'deliveries') {
    // Publishing needs approved content; a fresh account each time so no earlier delivery holds the slot.
    const account = await makeDoc({
      payload: cms.payload,
      collection: 'platform-accounts',
      data: { platform: 'weibo', name: `账号 ${unique()}` },
    })
    return api<{ doc?: { id: Id } }>({
      url: cms.url,
      method: 'POST',
      path: '/api/deliveries',
      token: tokens[actor],
      body: { content: { relationTo: 'articles', value: base.approved }, account },
    })
  }
  return api<{ doc?: { id: Id } }>({ url: cms.url, method: 'POST', path: `/api/${collection}`, token: tokens[actor], body: data })
}

before(async () => {
  cms = await startTestCms()
  base.campaign = await makeDoc({ payload: cms.payload, collection: 'campaigns', data: { name: '基础活动' } })
  base.account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '基础账号' } })
  const fourRoles = await createTeam(cms.payload)
  const newRoles = {} as Record<'video_producer' | 'operator', { id: Id; email: string }>
  for (const role of ['video_producer', 'operator'] as const) {
    const email = `${role}@test.local`
    // The operator runs the fixture's account (内容运营 act on their assigned accounts only).
    const accounts = role === 'operator' ? [base.account] : []
    const doc = await cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: PASSWORD, name: role, role, accounts },
    })
    newRoles[role] = { id: doc.id, email }
  }
  team = { ...fourRoles, ...newRoles }
  for (const role of ['admin', 'editor', 'copywriter', 'designer', 'video_producer', 'operator'] as const) {
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  }
  base.article = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: '基础文章', owner: team.admin.id } })
  base.approved = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '已定稿文章', body: '正文', status: 'approved', owner: team.copywriter.id },
  })
  const pinned = await cms.payload.findVersions({
    collection: 'articles',
    where: { parent: { equals: base.approved } },
    limit: 1,
    overrideAccess: true,
  })
  await cms.payload.db.updateOne({ collection: 'articles', id: base.approved, data: { approvedVersion: String(pinned.docs[0].id) } })
  base.delivery = await makeDoc({
    payload: cms.payload,
    collection: 'deliveries',
    data: { content: { relationTo: 'articles', value: base.article }, account: base.account, state: 'published' },
  })
})
after(async () => cms?.close())

describe('role × collection × operation over REST', () => {
  for (const [collection, expectation] of Object.entries(EXPECTED)) {
    for (const op of OPS) {
      for (const actor of ACTORS) {
        const allowed = expectation[op].includes(actor)
        test(`${actor} ${allowed ? 'may' : 'may not'} ${op} ${collection}`, async () => {
          const slug = collection as CollectionSlug
          if (op === 'create') {
            const before = await cms.payload.count({ collection: slug, overrideAccess: true })
            const reply = await attemptCreate(collection, actor)
            const afterCount = await cms.payload.count({ collection: slug, overrideAccess: true })
            if (allowed) {
              assert.equal(reply.status, 201, JSON.stringify(reply.body))
              assert.equal(afterCount.totalDocs, before.totalDocs + 1)
            } else {
              assert.ok([401, 403].includes(reply.status), `expected refusal, got ${reply.status}`)
              assert.equal(afterCount.totalDocs, before.totalDocs, 'a refused create must write nothing')
            }
            return
          }
          const id = await makeDoc({ payload: cms.payload, collection: slug, data: seedData(collection) })
          const path = `/api/${collection}/${id}`
          if (op === 'read') {
            const reply = await api<{ id?: Id }>({ url: cms.url, method: 'GET', path, token: tokens[actor] })
            if (allowed) assert.equal(String(reply.body.id), String(id), `status ${reply.status}`)
            else assert.ok([401, 403, 404].includes(reply.status), `expected refusal, got ${reply.status}`)
            return
          }
          if (op === 'update') {
            const field = PATCH_FIELD[collection]
            const value =
              collection === 'deliveries'
                ? `https://example.com/${unique()}`
                : collection === 'notifications'
                  ? true
                  : collection.endsWith('-metrics')
                    ? 1000 + ++counter
                    : `改过-${unique()}`
            const reply = await api({ url: cms.url, method: 'PATCH', path, token: tokens[actor], body: { [field]: value } })
            const stored = await readRaw({ payload: cms.payload, collection: slug, id })
            if (allowed) {
              assert.equal(reply.status, 200, JSON.stringify(reply.body))
              assert.equal(stored?.[field], value)
            } else {
              assert.ok([401, 403, 404].includes(reply.status), `expected refusal, got ${reply.status}`)
              assert.notEqual(stored?.[field], value, 'a refused update must change nothing')
            }
            return
          }
          const reply = await api({ url: cms.url, method: 'DELETE', path, token: tokens[actor] })
          const stored = await readRaw({ payload: cms.payload, collection: slug, id })
          if (allowed) {
            assert.equal(reply.status, 200, JSON.stringify(reply.body))
            assert.equal(stored, null)
          } else {
            assert.ok([401, 403, 404].includes(reply.status), `expected refusal, got ${reply.status}`)
            assert.ok(stored, 'a refused delete must keep the document')
          }
        })
      }
    }
  }
})

describe('owners editing their own work', () => {
  for (const row of OWNERSHIP_ROWS) {
    const whose = row.own ? 'own' : "someone else's"
    test(`${row.actor} ${row.allowed ? 'may' : 'may not'} update ${whose} ${row.collection}${row.status ? ` in ${row.status}` : ''}`, async () => {
      const actorUser = row.actor === 'anonymous' ? null : team[row.actor]
      const data = {
        ...seedData(row.collection),
        owner: row.own ? actorUser?.id : team.editor.id,
        ...(row.status ? { status: row.status } : {}),
      }
      const id = await makeDoc({ payload: cms.payload, collection: row.collection, data })
      const field = PATCH_FIELD[row.collection]
      const value = `改过-${unique()}`
      const reply = await api({
        url: cms.url,
        method: 'PATCH',
        path: `/api/${row.collection}/${id}`,
        token: tokens[row.actor],
        body: { [field]: value },
      })
      const stored = await readRaw({ payload: cms.payload, collection: row.collection, id })
      if (row.allowed) {
        assert.equal(reply.status, 200, JSON.stringify(reply.body))
        assert.equal(stored?.[field], value)
      } else {
        assert.ok([403, 404].includes(reply.status), `expected refusal, got ${reply.status}`)
        assert.notEqual(stored?.[field], value)
      }
    })
  }
})

describe('users and the public', () => {
  test('every role reads and updates itself, but cannot change its own role', async () => {
    for (const role of ['editor', 'copywriter', 'designer', 'video_producer', 'operator'] as const) {
      const me = await api<{ id?: Id }>({ url: cms.url, method: 'GET', path: `/api/users/${team[role].id}`, token: tokens[role] })
      assert.equal(String(me.body.id), String(team[role].id))
      const patch = await api({
        url: cms.url,
        method: 'PATCH',
        path: `/api/users/${team[role].id}`,
        token: tokens[role],
        body: { name: `${role}-新名字`, role: 'admin' },
      })
      assert.equal(patch.status, 200)
      const stored = await readRaw({ payload: cms.payload, collection: 'users', id: team[role].id })
      assert.equal(stored?.name, `${role}-新名字`)
      assert.equal(stored?.role, role, 'role must not change')
    }
  })

  test('anonymous visitors read published articles only', async () => {
    const published = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: '已发布', status: 'published' } })
    const draft = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: '草稿', status: 'draft' } })
    assert.equal((await api({ url: cms.url, method: 'GET', path: `/api/articles/${published}` })).status, 200)
    assert.ok([403, 404].includes((await api({ url: cms.url, method: 'GET', path: `/api/articles/${draft}` })).status))
    const list = await api<{ docs: { status: string }[] }>({ url: cms.url, method: 'GET', path: '/api/articles?limit=100' })
    assert.ok(list.body.docs.length >= 1)
    assert.ok(list.body.docs.every((d) => d.status === 'published'))
    for (const slug of [
      'notes',
      'comments',
      'campaigns',
      'media',
      'calendar-entries',
      'platform-accounts',
      'sensitive-words',
      'review-logs',
      'users',
      'deliveries',
      'post-metrics',
      'account-metrics',
      'metric-days',
      'topics',
      'festivals',
      'campaign-templates',
    ]) {
      const reply = await api<{ docs?: unknown[] }>({ url: cms.url, method: 'GET', path: `/api/${slug}` })
      assert.ok(reply.status === 403 || (reply.body.docs ?? []).length === 0, `${slug} leaked to anonymous`)
    }
  })

  test('versions are readable by staff only', async () => {
    const id = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: '有版本', owner: team.copywriter.id } })
    const path = `/api/articles/versions?where[parent][equals]=${id}`
    const staff = await api<{ docs: unknown[] }>({ url: cms.url, method: 'GET', path, token: tokens.copywriter })
    assert.equal(staff.status, 200)
    assert.ok(staff.body.docs.length >= 1)
    const anonymous = await api({ url: cms.url, method: 'GET', path })
    assert.ok([401, 403].includes(anonymous.status))
  })
})
