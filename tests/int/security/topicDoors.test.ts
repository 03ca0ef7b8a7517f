import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../../helpers/fixtures'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'

/**
 * The planning records (选题, 节点, 案例库, 策划设置) are the team's own: the doors an outsider or a
 * copywriter would try — lists, single records and GraphQL without signing in; editing or deleting
 * someone else's topic; a duplicate that would carry an approval or a draft — are shut.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const ids: Record<'topic' | 'started' | 'festival' | 'template', Id> = { topic: 0, started: 0, festival: 0, template: 0 }

async function graphql(query: string, token?: string): Promise<{ text: string; data?: Record<string, unknown> | null }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(`${cms.url}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) })
  const text = await response.text()
  return { text, data: (JSON.parse(text) as { data?: Record<string, unknown> | null }).data }
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  ids.topic = await makeDoc({
    payload: cms.payload,
    collection: 'topics',
    data: { title: '编辑的选题', angle: '内部角度', state: 'approved', owner: team.editor.id },
  })
  const article = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: '已开写', owner: team.editor.id } })
  ids.started = await makeDoc({
    payload: cms.payload,
    collection: 'topics',
    data: {
      title: '已开写的选题',
      state: 'in_production',
      owner: team.editor.id,
      approvedBy: team.editor.id,
      content: { relationTo: 'articles', value: article },
    },
  })
  ids.festival = await makeDoc({
    payload: cms.payload,
    collection: 'festivals',
    data: { name: '品牌日', calendar: 'solar', month: 9, day: 9, leadDays: 20 },
  })
  ids.template = await makeDoc({
    payload: cms.payload,
    collection: 'campaign-templates',
    data: { name: '去年的双11', lessons: '内部复盘' },
  })
})
after(async () => cms?.close())

test('nobody signed in reads topics, festivals, campaign templates or 策划设置: not over REST, not through GraphQL', async () => {
  for (const path of [
    '/api/topics',
    `/api/topics/${ids.topic}`,
    '/api/topics?where[title][like]=选题&select[angle]=true',
    '/api/festivals',
    `/api/festivals/${ids.festival}`,
    '/api/campaign-templates',
    `/api/campaign-templates/${ids.template}`,
    '/api/globals/planning-settings',
  ]) {
    const reply = await api({ url: cms.url, method: 'GET', path, token: null })
    assert.ok([401, 403, 404].includes(reply.status), `${path}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`)
  }
  const queries: Record<string, string> = {
    Topics: '{ Topics { docs { id title angle } } }',
    Festivals: '{ Festivals { docs { id name } } }',
    CampaignTemplates: '{ CampaignTemplates { docs { id name lessons } } }',
    PlanningSetting: '{ PlanningSetting { pillars { name } } }',
  }
  for (const [field, query] of Object.entries(queries)) {
    type Answer = { docs?: unknown[]; pillars?: unknown[] | null } | null | undefined
    const found = (answer: Answer) => (field === 'PlanningSetting' ? (answer?.pillars ?? []).length : (answer?.docs ?? []).length)
    // The query is right: a teammate gets the records through it.
    const staff = await graphql(query, tokens.copywriter)
    assert.ok(found(staff.data?.[field] as Answer) > 0, `${field} for staff: ${staff.text.slice(0, 300)}`)
    const outsider = await graphql(query)
    assert.equal(found(outsider.data?.[field] as Answer), 0, `${field} leaked: ${outsider.text.slice(0, 300)}`)
    assert.doesNotMatch(outsider.text, /内部角度|内部复盘|品牌日|权益科普/)
  }
})

test('a copywriter cannot edit someone else’s topic, nor delete a topic, their own included', async () => {
  const edit = await api({
    url: cms.url,
    method: 'PATCH',
    path: `/api/topics/${ids.topic}`,
    token: tokens.copywriter,
    body: { title: '改了' },
  })
  assert.ok([403, 404].includes(edit.status), String(edit.status))
  assert.equal((await readRaw({ payload: cms.payload, collection: 'topics', id: ids.topic }))?.title, '编辑的选题')

  const own = await api<{ doc: { id: Id } }>({
    url: cms.url,
    method: 'POST',
    path: '/api/topics',
    token: tokens.copywriter,
    body: { title: '我的选题' },
  })
  assert.equal(own.status, 201)
  for (const id of [own.body.doc.id, ids.topic]) {
    const removed = await api({ url: cms.url, method: 'DELETE', path: `/api/topics/${id}`, token: tokens.copywriter })
    assert.ok([403, 404].includes(removed.status), String(removed.status))
    assert.ok(await readRaw({ payload: cms.payload, collection: 'topics', id }), 'the topic is still there')
  }
})

test('a copywriter’s duplicate of a started topic is a fresh idea of theirs: no approval, no draft', async () => {
  const copy = await api<{ doc?: { id?: Id } }>({
    url: cms.url,
    method: 'POST',
    path: `/api/topics/${ids.started}/duplicate`,
    token: tokens.copywriter,
    body: {},
  })
  assert.ok([200, 201].includes(copy.status), JSON.stringify(copy.body))
  const made = await readRaw({ payload: cms.payload, collection: 'topics', id: copy.body.doc?.id ?? -1 })
  assert.ok(made)
  assert.notEqual(String(made.id), String(ids.started))
  assert.equal(made.state, 'idea')
  assert.equal(String(made.owner), String(team.copywriter.id))
  assert.equal(made.approvedBy ?? null, null)
  assert.equal(made.approvedAt ?? null, null)
  assert.equal(made.content ?? null, null)
})
