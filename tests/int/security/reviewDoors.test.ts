import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../../helpers/fixtures'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'

/**
 * Issue #10: nothing reaches the public page without review, by any door. Edits of published content
 * (REST, GraphQL, draft autosave, a restored version) go back to review and are logged while the
 * public page, anonymous REST and GraphQL keep serving the published revision; anonymous readers
 * never get a draft; the calendar's scheduling reaches what the admin reads; no person fires a
 * system event. Expectations are written from the issue, not read from the code.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
let account: Id = 0
let counter = 0
const BLOCKING = '稳赚不赔'

type Reply = { status: number; body: Record<string, unknown> & { errors?: { message: string }[] } }
const transition = (id: Id, event: string, token = tokens.editor): Promise<Reply> =>
  api({ url: cms.url, method: 'POST', path: `/api/articles/${id}/transition`, token, body: { event } })
const anonymous = (path: string) => api<Record<string, unknown>>({ url: cms.url, method: 'GET', path })
async function graphql(query: string, token?: string): Promise<{ status: number; text: string; data?: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(`${cms.url}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) })
  const text = await response.text()
  return { status: response.status, text, data: (JSON.parse(text) as { data?: Record<string, unknown> }).data }
}
const logsOf = async (id: Id) =>
  (
    await cms.payload.find({
      collection: 'review-logs',
      overrideAccess: true,
      where: { docId: { equals: String(id) } },
      sort: 'at',
      depth: 0,
      limit: 100,
    })
  ).docs
const stateForAdmin = async (id: Id) =>
  (await api<{ status?: string }>({ url: cms.url, method: 'GET', path: `/api/articles/${id}?draft=true`, token: tokens.editor })).body
    .status
async function publicPage(slug: string) {
  const { findPublishedArticle } = await import('../../../web/articles/findPublishedArticle')
  return findPublishedArticle({ payload: cms.payload, slug })
}

/** As the worker does when a platform confirms a delivery of the pinned revision. */
async function confirmPublished(id: Id): Promise<void> {
  const { markContentPublished } = await import('../../../cms/review/markContentPublished')
  const revision = String((await readRaw({ payload: cms.payload, collection: 'articles', id }))?.approvedVersion)
  await markContentPublished({ payload: cms.payload, content: { relationTo: 'articles', value: id }, revision })
}

/** Written, submitted, approved by an editor and published; returns its id and slug. */
async function publishedArticle(body: string): Promise<{ id: Id; slug: string }> {
  const slug = `door-${++counter}`
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: `门 ${counter}`, slug, body, status: 'in_review', owner: team.copywriter.id },
  })
  assert.equal((await transition(id, 'approve')).status, 200)
  await confirmPublished(id)
  assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id }))?.status, 'published')
  return { id, slug }
}

/** Every anonymous door to an article's text: none may show `secret`, and the public page shows `shown`. */
async function assertPublicShows(args: { id: Id; slug: string; shown: string; secret: string }): Promise<void> {
  const page = await publicPage(args.slug)
  assert.ok(page, 'the public page is still there')
  assert.ok(page.html.includes(args.shown), page.html)
  const replies = [
    JSON.stringify(page),
    JSON.stringify((await anonymous(`/api/articles/${args.id}`)).body),
    JSON.stringify((await anonymous(`/api/articles/${args.id}?draft=true`)).body),
    JSON.stringify((await anonymous(`/api/articles?draft=true&limit=100`)).body),
    JSON.stringify((await anonymous(`/api/articles?where[slug][equals]=${args.slug}`)).body),
    JSON.stringify((await anonymous(`/api/articles/${args.id}?select[body]=true&select[title]=true`)).body),
    JSON.stringify((await anonymous(`/api/articles/${args.id}/render?platform=weibo`)).body),
    (await graphql(`{ Article(id: ${args.id}, draft: true) { title body findings } }`)).text,
    (
      await graphql(`
        {
          Articles(draft: true, limit: 100) {
            docs {
              id
              title
              body
            }
          }
        }
      `)
    ).text,
  ]
  assert.ok(JSON.stringify((await anonymous(`/api/articles/${args.id}`)).body).includes(args.shown))
  for (const [door, reply] of replies.entries())
    assert.ok(!reply.includes(args.secret), `door ${door} shows unreviewed text: ${reply.slice(0, 300)}`)
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  await cms.payload.create({
    collection: 'sensitive-words',
    overrideAccess: true,
    data: { word: BLOCKING, severity: 'block', category: 'test', enabled: true },
  })
  account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '公众号' } })
})
after(async () => cms?.close())

describe('an edit of published content goes back to review; the public keeps the published revision', () => {
  const doors: Record<string, (id: Id, body: string) => Promise<unknown>> = {
    'REST PATCH': (id, body) => api({ url: cms.url, method: 'PATCH', path: `/api/articles/${id}`, token: tokens.editor, body: { body } }),
    'GraphQL update': (id, body) =>
      graphql(`mutation { updateArticle(id: ${id}, data: { body: ${JSON.stringify(body)} }) { id } }`, tokens.editor),
    'draft autosave': (id, body) =>
      api({ url: cms.url, method: 'PATCH', path: `/api/articles/${id}?draft=true&autosave=true`, token: tokens.editor, body: { body } }),
  }
  for (const [door, edit] of Object.entries(doors)) {
    test(`${door}: 审核中, logged edited_after_publishing, the blocking word never public`, async () => {
      const { id, slug } = await publishedArticle('已发布的正文：社区店周末开业。')
      const before = await readRaw({ payload: cms.payload, collection: 'articles', id })
      await edit(id, `改过的正文：${BLOCKING}。`)
      const stored = await readRaw({ payload: cms.payload, collection: 'articles', id })
      assert.equal(stored?.status, 'in_review')
      assert.equal(stored?.approvedVersion ?? null, null)
      assert.equal(stored?.publishedVersion, before?.publishedVersion, 'the public revision stays')
      assert.equal(await stateForAdmin(id), 'in_review', 'what the admin reads agrees')
      const last = (await logsOf(id)).at(-1)
      assert.deepEqual(
        [last?.event, last?.from, last?.to, String(last?.by)],
        ['edited_after_publishing', 'published', 'in_review', String(team.editor.id)],
      )
      await assertPublicShows({ id, slug, shown: '社区店周末开业', secret: BLOCKING })
    })
  }

  test('after the edit is approved and published, the public page shows the new revision', async () => {
    const { id, slug } = await publishedArticle('第一版：门店开业。')
    const first = (await readRaw({ payload: cms.payload, collection: 'articles', id }))?.publishedVersion
    await api({ url: cms.url, method: 'PATCH', path: `/api/articles/${id}`, token: tokens.editor, body: { body: `第二版：${BLOCKING}` } })
    assert.equal((await transition(id, 'approve')).status, 400, 'the blocking word stops approval')
    await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${id}`,
      token: tokens.editor,
      body: { body: '第三版：门店开业，欢迎光临。' },
    })
    assert.equal((await transition(id, 'approve')).status, 200)
    await assertPublicShows({ id, slug, shown: '第一版', secret: '第三版' })
    await confirmPublished(id)
    const stored = await readRaw({ payload: cms.payload, collection: 'articles', id })
    assert.equal(stored?.status, 'published')
    assert.notEqual(stored?.publishedVersion, first)
    assert.equal(stored?.publishedVersion, stored?.approvedVersion)
    await assertPublicShows({ id, slug, shown: '第三版', secret: BLOCKING })
    assert.deepEqual(
      (await logsOf(id)).map((log) => log.event),
      ['approve', 'published', 'edited_after_publishing', 'approve', 'published'],
    )
  })

  test('restoring an older version of published content is an edit like any other', async () => {
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '恢复', slug: 'door-restore', body: `旧稿：${BLOCKING}`, owner: team.copywriter.id },
    })
    const old = (
      await cms.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 1, overrideAccess: true })
    ).docs[0]
    await api({ url: cms.url, method: 'PATCH', path: `/api/articles/${id}`, token: tokens.editor, body: { body: '定稿：干净的正文。' } })
    await cms.payload.db.updateOne({ collection: 'articles', id, data: { status: 'in_review' } })
    assert.equal((await transition(id, 'approve')).status, 200)
    await confirmPublished(id)
    const restored = await api({ url: cms.url, method: 'POST', path: `/api/articles/versions/${old.id}`, token: tokens.editor })
    assert.equal(restored.status, 200, JSON.stringify(restored.body))
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id }))?.status, 'in_review')
    assert.equal((await logsOf(id)).at(-1)?.event, 'edited_after_publishing')
    await assertPublicShows({ id, slug: 'door-restore', shown: '干净的正文', secret: BLOCKING })
  })

  test('changing what is not reviewed (the campaign) keeps it published and public, also for content the migration pinned', async () => {
    // As the migration left content published before: the public revision pinned on the document only, not in its versions.
    const slug = 'door-migrated'
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '迁移前发布', slug, body: '只改归属的正文。', status: 'published' },
    })
    const campaign = await makeDoc({ payload: cms.payload, collection: 'campaigns', data: { name: '新活动' } })
    assert.equal(
      (await api({ url: cms.url, method: 'PATCH', path: `/api/articles/${id}`, token: tokens.editor, body: { campaign } })).status,
      200,
    )
    const stored = await readRaw({ payload: cms.payload, collection: 'articles', id })
    assert.equal(stored?.status, 'published')
    assert.ok(stored?.publishedVersion, 'a save never drops the public revision')
    assert.ok((await publicPage(slug))?.html.includes('只改归属'))
  })
})

describe('what the public page shows follows the review table', () => {
  test('reopening published content keeps its published revision public; archiving takes the page down', async () => {
    const { id, slug } = await publishedArticle('重新打开前的正文。')
    assert.equal((await transition(id, 'reopen')).status, 200)
    assert.ok((await publicPage(slug))?.html.includes('重新打开前的正文'), 'reopened for a new revision: the published one stays up')
    const other = await publishedArticle('将要归档的正文。')
    assert.equal((await transition(other.id, 'archive')).status, 200)
    assert.equal(await publicPage(other.slug), null)
    assert.ok([403, 404].includes((await anonymous(`/api/articles/${other.id}`)).status))
  })
})

describe('anonymous readers never get drafts or versions', () => {
  test('a draft edit of a published article, and a never-published draft, stay private on every door', async () => {
    const { id, slug } = await publishedArticle('公开的正文。')
    const draft = await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${id}?draft=true`,
      token: tokens.editor,
      body: { title: '草稿标题XQ', body: '草稿专用文案XQ' },
    })
    assert.equal(draft.status, 200)
    await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '从未发布XQ', body: '从未发布的正文XQ', owner: team.copywriter.id },
    })
    await assertPublicShows({ id, slug, shown: '公开的正文', secret: 'XQ' })
  })

  test('a duplicate of a published article is a new draft, not public', async () => {
    const { id } = await publishedArticle('被复制的正文。')
    const copy = await api<{ doc?: { id: Id } }>({
      url: cms.url,
      method: 'POST',
      path: `/api/articles/${id}/duplicate`,
      token: tokens.editor,
      body: {},
    })
    assert.ok([200, 201].includes(copy.status), JSON.stringify(copy.body))
    const stored = await readRaw({ payload: cms.payload, collection: 'articles', id: copy.body.doc?.id ?? 0 })
    assert.deepEqual([stored?.status, stored?.publishedVersion ?? null, stored?.approvedVersion ?? null], ['draft', null, null])
    assert.ok([403, 404].includes((await anonymous(`/api/articles/${copy.body.doc?.id}`)).status))
  })

  test('versions: REST and GraphQL refuse anonymous readers', async () => {
    const { id } = await publishedArticle('有版本的正文。')
    const version = (
      await cms.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 1, overrideAccess: true })
    ).docs[0]
    assert.ok([401, 403].includes((await anonymous('/api/articles/versions')).status))
    assert.ok([401, 403].includes((await anonymous(`/api/articles/versions/${version.id}`)).status))
    for (const query of [
      `{ versionsArticles { docs { id version { body } } } }`,
      `{ versionArticle(id: ${version.id}) { version { body } } }`,
    ]) {
      const reply = await graphql(query)
      assert.ok(!reply.text.includes('有版本的正文'), reply.text)
    }
  })

  test('filters and sorts on text are refused, so draft-only text cannot be probed', async () => {
    const { id } = await publishedArticle('公开的说法。')
    await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${id}`,
      token: tokens.editor,
      body: { title: '机密新标题', body: '机密新文案' },
    })
    await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${id}?draft=true`,
      token: tokens.editor,
      body: { body: '更机密的草稿' },
    })
    const probes = [
      '/api/articles?where[body][like]=机密',
      '/api/articles?where[title][like]=机密',
      '/api/articles?draft=true&where[body][like]=更机密',
      '/api/articles?where[or][0][body][like]=机密&where[or][1][id][equals]=0',
      '/api/articles?sort=body',
      '/api/articles?sort=-title',
      '/api/articles/count?where[body][like]=机密',
      `/api/articles/${id}?where[body][like]=机密`,
    ]
    for (const path of probes) {
      const reply = await anonymous(path)
      const matched = reply.status === 200 && (Number(reply.body.totalDocs) > 0 || 'id' in reply.body)
      assert.ok(
        !matched || path.startsWith(`/api/articles/${id}?`),
        `${path} answered ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`,
      )
      assert.ok(!JSON.stringify(reply.body).includes('机密'), path)
    }
    const gql = await graphql('{ Articles(where: { body: { like: "机密" } }) { totalDocs docs { id } } }')
    assert.ok(!/"totalDocs":[1-9]/.test(gql.text), gql.text)
    const staff = await api<{ totalDocs: number }>({
      url: cms.url,
      method: 'GET',
      path: '/api/articles?where[body][like]=机密',
      token: tokens.copywriter,
    })
    assert.equal(staff.body.totalDocs, 1, 'people of the team still search everything')
  })
})

describe('the calendar schedules through the review table', () => {
  test('an entry for approved content: 已排期 in the document and in what the admin reads, logged; a later edit logs scheduled → in_review', async () => {
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '排期', body: '排期正文', status: 'in_review', owner: team.copywriter.id },
    })
    assert.equal((await transition(id, 'approve')).status, 200)
    assert.equal(await stateForAdmin(id), 'approved')
    const publishAt = new Date(Date.now() + 3 * 86_400_000).toISOString()
    const entry = await api({
      url: cms.url,
      method: 'POST',
      path: '/api/calendar-entries',
      token: tokens.editor,
      body: { content: { relationTo: 'articles', value: id }, account, publishAt },
    })
    assert.equal(entry.status, 201, JSON.stringify(entry.body))
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id }))?.status, 'scheduled')
    assert.equal(await stateForAdmin(id), 'scheduled', 'the admin shows 已排期')
    const review = await api<{ state: string; events: { event: string }[] }>({
      url: cms.url,
      method: 'GET',
      path: `/api/articles/${id}/review`,
      token: tokens.editor,
    })
    assert.equal(review.body.state, 'scheduled')
    assert.deepEqual(
      review.body.events.map((e) => e.event),
      ['unschedule'],
      'offers 取消排期, not 排期 again',
    )
    const scheduled = (await logsOf(id)).at(-1)
    assert.deepEqual([scheduled?.event, scheduled?.from, scheduled?.to], ['schedule', 'approved', 'scheduled'])
    await api({ url: cms.url, method: 'PATCH', path: `/api/articles/${id}`, token: tokens.editor, body: { body: '排期后改了正文' } })
    const edited = (await logsOf(id)).at(-1)
    assert.deepEqual([edited?.event, edited?.from, edited?.to], ['edited_after_approval', 'scheduled', 'in_review'])
    assert.equal(await stateForAdmin(id), 'in_review')
  })
})

describe('no person fires a system event', () => {
  const cases: [string, string][] = [
    ['schedule', 'approved'],
    ['published', 'approved'],
    ['published', 'scheduled'],
    ['edited_after_approval', 'approved'],
    ['edited_after_publishing', 'published'],
  ]
  for (const [event, state] of cases) {
    test(`${event} from ${state}: refused for every role, admins included, and nothing changes`, async () => {
      const id = await makeDoc({
        payload: cms.payload,
        collection: 'articles',
        data: { title: '系统', body: '正文', status: state, owner: team.copywriter.id },
      })
      for (const role of ['admin', 'editor', 'copywriter', 'designer']) {
        const reply = await transition(id, event, tokens[role])
        assert.equal(reply.status, 403, `${role}: ${JSON.stringify(reply.body)}`)
        assert.match(String(reply.body.errors?.[0]?.message), /不能手动执行/)
      }
      assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id }))?.status, state)
      assert.equal((await logsOf(id)).length, 0)
    })
  }
})

describe('the key of the worker’s 已发布 line', () => {
  test('nobody, admins and anonymous included, writes a review-log line or its key through REST or GraphQL: the line the worker will write is not taken first', async () => {
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '日志的键', body: '正文', status: 'in_review', owner: team.copywriter.id },
    })
    assert.equal((await transition(id, 'approve')).status, 200)
    const [approved] = await logsOf(id)
    assert.ok(approved)
    // The key the worker's line will carry: it follows the approval's line (cms/review/logMoveOnce.ts).
    const moveKey = `articles:${id}:published:after:${approved.id}`
    const line = {
      docCollection: 'articles',
      docId: String(id),
      from: 'approved',
      to: 'published',
      event: 'published',
      at: new Date().toISOString(),
    }
    const gqlLine = `{ docCollection: "articles", docId: "${id}", from: approved, to: published, event: "published", at: "${line.at}", moveKey: "${moveKey}" }`
    const target = JSON.stringify(approved.id)
    for (const role of ['admin', 'editor', 'copywriter', 'designer', 'anonymous']) {
      const token = role === 'anonymous' ? undefined : tokens[role]
      const rest = [
        await api({ url: cms.url, method: 'POST', path: '/api/review-logs', token, body: { ...line, moveKey } }),
        await api({ url: cms.url, method: 'PATCH', path: `/api/review-logs/${approved.id}`, token, body: { moveKey } }),
        await api({ url: cms.url, method: 'POST', path: `/api/review-logs/${approved.id}/duplicate`, token, body: {} }),
      ]
      for (const [door, reply] of rest.entries()) assert.ok(reply.status >= 400, `${role}, REST door ${door}: ${reply.status}`)
      for (const mutation of [
        `mutation { createReviewLog(data: ${gqlLine}) { id } }`,
        `mutation { updateReviewLog(id: ${target}, data: { moveKey: "${moveKey}" }) { id } }`,
        `mutation { duplicateReviewLog(id: ${target}) { id } }`,
      ]) {
        const reply = await graphql(mutation, token)
        assert.doesNotMatch(reply.text, /Cannot query field|Unknown argument|Unknown type|not defined by type/, mutation)
        const result = Object.values(reply.data ?? {})[0]
        assert.ok(result === null || result === undefined, `${role}: ${reply.text}`)
      }
    }
    const keyed = await cms.payload.find({ collection: 'review-logs', where: { moveKey: { equals: moveKey } }, overrideAccess: true })
    assert.equal(keyed.totalDocs, 0, 'no line took the key')
    assert.equal((await logsOf(id)).length, 1)
    await confirmPublished(id)
    const logs = await logsOf(id)
    assert.deepEqual(
      logs.map((entry) => [entry.event, entry.to, entry.moveKey ?? null]),
      [
        ['approve', 'approved', null],
        ['published', 'published', moveKey],
      ],
    )
  })
})
