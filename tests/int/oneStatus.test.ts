import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * Issue #17: the header said "状态: 已发布" next to 审核状态：草稿, and after the calendar scheduled an
 * item the admin still showed 已定稿 and offered 排期. The review state is the one status: every door
 * (REST, draft reads, GraphQL, the review bar's endpoint) answers 已排期 once a slot exists, and
 * nobody is offered 排期 by hand.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
let account: Id

type ReviewInfo = { state: string; events: { event: string }[] }

async function approvedArticle(title: string): Promise<Id> {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title, body: '正文', status: 'in_review', owner: team.copywriter.id },
  })
  const approved = await api({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${id}/transition`,
    token: tokens.editor,
    body: { event: 'approve' },
  })
  assert.equal(approved.status, 200, JSON.stringify(approved.body))
  return id
}

async function graphqlStatus(id: Id, token: string): Promise<string> {
  const reply = await fetch(`${cms.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      query: `{ Article(id: ${id}, draft: true) { status } Articles(where: { id: { equals: ${id} } }) { docs { status } } }`,
    }),
  })
  const json = (await reply.json()) as { data: { Article: { status: string }; Articles: { docs: { status: string }[] } } }
  assert.equal(json.data.Articles.docs[0]?.status, json.data.Article.status, 'the list and the item say the same')
  return json.data.Article.status
}

async function statusEverywhere(id: Id, token: string) {
  const stored = await api<{ status: string }>({ url: cms.url, method: 'GET', path: `/api/articles/${id}`, token })
  const draft = await api<{ status: string }>({ url: cms.url, method: 'GET', path: `/api/articles/${id}?draft=true`, token })
  const listed = await api<{ docs: { id: Id; status: string }[] }>({
    url: cms.url,
    method: 'GET',
    path: `/api/articles?draft=true&where[id][equals]=${id}`,
    token,
  })
  const review = await api<ReviewInfo>({ url: cms.url, method: 'GET', path: `/api/articles/${id}/review`, token })
  return {
    rest: stored.body.status,
    draft: draft.body.status,
    list: listed.body.docs[0]?.status,
    review: review.body.state,
    graphql: await graphqlStatus(id, token),
    events: review.body.events.map((option) => option.event),
  }
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '品牌公众号' } })
})
after(async () => cms?.close())

describe('the review state is the status, at every door', () => {
  test('approved: 已定稿 everywhere; a calendar slot makes it 已排期 everywhere, and 排期 is offered to nobody', async () => {
    const id = await approvedArticle('中秋礼盒上新')
    const before = await statusEverywhere(id, tokens.editor)
    assert.deepEqual([before.rest, before.draft, before.list, before.review, before.graphql], Array(5).fill('approved'))
    const entry = await api({
      url: cms.url,
      method: 'POST',
      path: '/api/calendar-entries',
      token: tokens.editor,
      body: { content: { relationTo: 'articles', value: id }, account, publishAt: '2099-09-10T20:00:00+08:00' },
    })
    assert.equal(entry.status, 201, JSON.stringify(entry.body))
    for (const token of [tokens.editor, tokens.admin, tokens.copywriter]) {
      const after = await statusEverywhere(id, token)
      assert.deepEqual([after.rest, after.draft, after.list, after.review, after.graphql], Array(5).fill('scheduled'))
      assert.ok(!after.events.includes('schedule'), `offered: ${after.events.join(', ')}`)
      assert.ok(!after.events.includes('approve'))
    }
    assert.ok((await statusEverywhere(id, tokens.editor)).events.includes('unschedule'), 'the editor may take it off the calendar')
  })

  test('the author saving the form after the slot exists does not bring back 已定稿 (the form carries a stale status)', async () => {
    const id = await approvedArticle('国庆出游清单')
    const entry = await api({
      url: cms.url,
      method: 'POST',
      path: '/api/calendar-entries',
      token: tokens.editor,
      body: { content: { relationTo: 'articles', value: id }, account, publishAt: '2099-10-01T08:00:00+08:00' },
    })
    assert.equal(entry.status, 201)
    // The open form still holds status 'approved' and autosaves it with unchanged content.
    const autosave = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${id}?draft=true&autosave=true`,
      token: tokens.editor,
      body: { title: '国庆出游清单', body: '正文', status: 'approved' },
    })
    assert.equal(autosave.status, 200, JSON.stringify(autosave.body))
    const after = await statusEverywhere(id, tokens.editor)
    assert.deepEqual([after.rest, after.draft, after.review, after.graphql], Array(4).fill('scheduled'))
  })
})
