import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * The doors of the metrics collections, tried as an outsider would: REST, GraphQL and duplicate, by
 * every role and anonymously. What must hold: numbers are staff-only reading; only editors and admins
 * write them; `api` rows are the collector's (no person, admins included, writes or forges one); the
 * facts copied from the delivery cannot be forged; one row per post, article and day. And the two
 * new fields of platform accounts: statsHealth (system-written, not for copywriters) and targets
 * (admins only).
 */
type Role = 'admin' | 'editor' | 'copywriter' | 'designer'
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens = {} as Record<Role, string>
const ids: Record<string, Id> = {}
let day = 0
/** A fresh past day for each row, so no two tests meet on the unique key. */
const nextDay = () => new Date(Date.UTC(2026, 0, 1 + ++day)).toISOString().slice(0, 10)

async function graphql(args: {
  query: string
  token?: string
}): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }> {
  const reply = await fetch(`${cms.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(args.token ? { authorization: `JWT ${args.token}` } : {}) },
    body: JSON.stringify({ query: args.query }),
  })
  return (await reply.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
}
const metricRow = (over: Record<string, unknown> = {}) =>
  makeDoc({
    payload: cms.payload,
    collection: 'post-metrics',
    data: { delivery: ids.delivery, position: 1, date: nextDay(), readers: 10, ...over },
  })
const count = async (collection: 'post-metrics' | 'account-metrics') =>
  (await cms.payload.count({ collection, overrideAccess: true })).totalDocs
const rest = (args: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; role?: Role; body?: unknown }) =>
  api<{ doc?: Record<string, unknown>; docs?: Record<string, unknown>[]; errors?: { message: string }[] } & Record<string, unknown>>({
    url: cms.url,
    method: args.method,
    path: args.path,
    token: args.role ? tokens[args.role] : undefined,
    body: args.body,
  })

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  ids.account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '公众号' } })
  ids.otherAccount = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'weibo', name: '微博' } })
  ids.campaign = await makeDoc({ payload: cms.payload, collection: 'campaigns', data: { name: '双12' } })
  ids.otherCampaign = await makeDoc({ payload: cms.payload, collection: 'campaigns', data: { name: '别的活动' } })
  ids.article = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '双12预热', body: '正文', owner: team.copywriter.id, campaign: ids.campaign },
  })
  ids.otherArticle = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '别的稿子', body: '正文', owner: team.copywriter.id },
  })
  ids.delivery = await makeDoc({
    payload: cms.payload,
    collection: 'deliveries',
    data: {
      content: { relationTo: 'articles', value: ids.article },
      account: ids.account,
      state: 'published',
      publishedAt: '2025-12-31T12:00:00.000Z',
    },
  })
  ids.metric = await metricRow()
  ids.accountMetric = await makeDoc({
    payload: cms.payload,
    collection: 'account-metrics',
    data: { account: ids.account, date: nextDay(), followers: 1200 },
  })
})
after(async () => cms?.close())

describe('reading', () => {
  test('anonymous reads neither collection over REST or GraphQL', async () => {
    for (const slug of ['post-metrics', 'account-metrics']) {
      const list = await rest({ method: 'GET', path: `/api/${slug}` })
      assert.ok(list.status === 403 || (list.body.docs ?? []).length === 0, `${slug} list: ${list.status}`)
      const one = await rest({ method: 'GET', path: `/api/${slug}/${slug === 'post-metrics' ? ids.metric : ids.accountMetric}` })
      assert.ok([401, 403, 404].includes(one.status), `${slug} one: ${one.status}`)
    }
    const gql = await graphql({ query: '{ PostMetrics { docs { id readers } } AccountMetrics { docs { id followers } } }' })
    assert.ok(gql.errors && gql.errors.length > 0, JSON.stringify(gql))
    assert.ok(!gql.errors.some((e) => /Cannot query field/.test(e.message)), 'the query must name real fields')
    assert.ok(!JSON.stringify(gql.data ?? {}).includes('1200'))
  })

  test('copywriters and designers read both, over REST and GraphQL', async () => {
    for (const role of ['copywriter', 'designer'] as const) {
      const one = await rest({ method: 'GET', path: `/api/post-metrics/${ids.metric}`, role })
      assert.equal(one.status, 200)
      assert.equal(one.body.readers, 10)
      const gql = await graphql({
        query: '{ PostMetrics { docs { id readers } } AccountMetrics { docs { id followers } } }',
        token: tokens[role],
      })
      assert.equal(gql.errors, undefined, JSON.stringify(gql.errors))
      assert.match(JSON.stringify(gql.data), /1200/)
    }
  })
})

describe('writing', () => {
  test('copywriters and designers cannot create, update or delete, over REST or GraphQL', async () => {
    const before = await count('post-metrics')
    for (const role of ['copywriter', 'designer'] as const) {
      const create = await rest({
        method: 'POST',
        path: '/api/post-metrics',
        role,
        body: { delivery: ids.delivery, date: nextDay(), readers: 1 },
      })
      assert.equal(create.status, 403)
      const update = await rest({ method: 'PATCH', path: `/api/post-metrics/${ids.metric}`, role, body: { readers: 999 } })
      assert.ok([403, 404].includes(update.status))
      const remove = await rest({ method: 'DELETE', path: `/api/post-metrics/${ids.metric}`, role })
      assert.ok([403, 404].includes(remove.status))
      const gql = await graphql({
        token: tokens[role],
        query: `mutation { updatePostMetric(id: ${JSON.stringify(ids.metric)}, data: { readers: 999 }) { id } }`,
      })
      assert.ok(gql.errors?.length, JSON.stringify(gql))
      const follower = await rest({
        method: 'POST',
        path: '/api/account-metrics',
        role,
        body: { account: ids.account, date: nextDay(), followers: 1 },
      })
      assert.equal(follower.status, 403)
    }
    assert.equal(await count('post-metrics'), before)
    assert.equal((await readRaw({ payload: cms.payload, collection: 'post-metrics', id: ids.metric }))?.readers, 10)
  })

  test('editors and admins create by hand: the row is manual and final', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const reply = await rest({
        method: 'POST',
        path: '/api/post-metrics',
        role,
        body: { delivery: ids.delivery, date: nextDay(), readers: 7 },
      })
      assert.equal(reply.status, 201, JSON.stringify(reply.body))
      assert.deepEqual([reply.body.doc?.source, reply.body.doc?.final], ['manual', true])
      const follower = await rest({
        method: 'POST',
        path: '/api/account-metrics',
        role,
        body: { account: ids.account, date: nextDay(), followers: 9 },
      })
      assert.equal(follower.status, 201, JSON.stringify(follower.body))
      assert.equal(follower.body.doc?.source, 'manual')
    }
  })

  test("nobody, not even an admin, writes an 'api' row through REST or GraphQL", async () => {
    const before = { posts: await count('post-metrics'), accounts: await count('account-metrics') }
    for (const role of ['editor', 'admin'] as const) {
      const create = await rest({
        method: 'POST',
        path: '/api/post-metrics',
        role,
        body: { delivery: ids.delivery, date: nextDay(), readers: 1, source: 'api' },
      })
      assert.equal(create.status, 400)
      assert.match(create.body.errors?.[0]?.message ?? '', /只能由系统写入/)
      const relabel = await rest({ method: 'PATCH', path: `/api/post-metrics/${ids.metric}`, role, body: { source: 'api' } })
      assert.equal(relabel.status, 400)
      const gql = await graphql({
        token: tokens[role],
        query: `mutation { createPostMetric(data: { delivery: ${JSON.stringify(ids.delivery)}, date: "${nextDay()}", readers: 1, source: api }) { id } }`,
      })
      assert.ok(gql.errors?.length, JSON.stringify(gql))
      assert.ok(!gql.errors.some((e) => /Cannot query field|Unknown argument/.test(e.message)), JSON.stringify(gql.errors))
      const gqlUpdate = await graphql({
        token: tokens[role],
        query: `mutation { updatePostMetric(id: ${JSON.stringify(ids.metric)}, data: { source: api }) { id } }`,
      })
      assert.ok(gqlUpdate.errors?.length, JSON.stringify(gqlUpdate))
      const follower = await rest({
        method: 'POST',
        path: '/api/account-metrics',
        role,
        body: { account: ids.account, date: nextDay(), followers: 1, source: 'api' },
      })
      assert.equal(follower.status, 400)
    }
    assert.deepEqual({ posts: await count('post-metrics'), accounts: await count('account-metrics') }, before)
    assert.equal((await readRaw({ payload: cms.payload, collection: 'post-metrics', id: ids.metric }))?.source, 'manual')
  })

  test('the columns copied from the delivery cannot be forged, on create or on update', async () => {
    const forged = {
      account: ids.otherAccount,
      platform: 'weibo',
      campaign: ids.otherCampaign,
      author: team.editor.id,
      contentType: 'video',
      // Real content of the team's, so that only the rule keeps the row's link, not the database.
      content: { relationTo: 'articles', value: ids.otherArticle },
      key: 'forged',
      titleVariant: 5,
      publishedAt: '2020-01-01T00:00:00.000Z',
    }
    const created = await rest({
      method: 'POST',
      path: '/api/post-metrics',
      role: 'editor',
      body: { delivery: ids.delivery, date: nextDay(), readers: 3, ...forged },
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const id = created.body.doc?.id as Id
    const check = async () => {
      const stored = await readRaw({ payload: cms.payload, collection: 'post-metrics', id })
      assert.deepEqual(
        [
          stored?.account,
          stored?.platform,
          stored?.campaign,
          stored?.author,
          stored?.contentType,
          stored?.publishedAt,
          stored?.titleVariant ?? null,
        ].map(String),
        [ids.account, 'wechat', ids.campaign, team.copywriter.id, 'article', '2025-12-31T12:00:00.000Z', null].map(String),
      )
      assert.equal(String(stored?.key), `${ids.delivery}:1:${String(stored?.date)}`)
      const content = stored?.content as { relationTo?: unknown; value?: unknown } | null | undefined
      assert.deepEqual(
        [content?.relationTo, String(content?.value)],
        ['articles', String(ids.article)],
        'the row stays linked to its content',
      )
    }
    await check()
    const patched = await rest({ method: 'PATCH', path: `/api/post-metrics/${id}`, role: 'admin', body: forged })
    assert.equal(patched.status, 200, JSON.stringify(patched.body))
    await check()
  })

  test('a second row of the same post, article and day is refused with a clear message, never a 500', async () => {
    const date = nextDay()
    const first = await rest({
      method: 'POST',
      path: '/api/post-metrics',
      role: 'editor',
      body: { delivery: ids.delivery, date, readers: 1 },
    })
    assert.equal(first.status, 201)
    const before = await count('post-metrics')
    const second = await rest({
      method: 'POST',
      path: '/api/post-metrics',
      role: 'editor',
      body: { delivery: ids.delivery, date, readers: 2 },
    })
    assert.equal(second.status, 400)
    assert.match(second.body.errors?.[0]?.message ?? '', /^这条发布记录第 1 篇 \d{4}-\d{2}-\d{2} 的数据已经录入过了，请修改原来那一行/)
    const moved = await rest({ method: 'PATCH', path: `/api/post-metrics/${ids.metric}`, role: 'editor', body: { date } })
    assert.equal(moved.status, 400, 'moving another row onto the day is the same second row')
    assert.equal(await count('post-metrics'), before)
    const followerDay = String((await readRaw({ payload: cms.payload, collection: 'account-metrics', id: ids.accountMetric }))?.date)
    const followers = await rest({
      method: 'POST',
      path: '/api/account-metrics',
      role: 'editor',
      body: { account: ids.account, date: followerDay, followers: 5 },
    })
    assert.equal(followers.status, 400)
    assert.match(followers.body.errors?.[0]?.message ?? '', /这个账号 \d{4}-\d{2}-\d{2} 的粉丝数据已经录入过了/)
  })

  test('duplicate: refused for copywriters, and for editors it would be a second row of the day', async () => {
    const before = await count('post-metrics')
    const copywriter = await rest({ method: 'POST', path: `/api/post-metrics/${ids.metric}/duplicate`, role: 'copywriter' })
    assert.equal(copywriter.status, 403)
    const editor = await rest({ method: 'POST', path: `/api/post-metrics/${ids.metric}/duplicate`, role: 'editor' })
    assert.equal(editor.status, 400, JSON.stringify(editor.body))
    assert.match(editor.body.errors?.[0]?.message ?? '', /已经录入过了/)
    // GraphQL's duplicate takes the required fields again; the same day is the same second row.
    const date = String((await readRaw({ payload: cms.payload, collection: 'post-metrics', id: ids.metric }))?.date)
    const gql = await graphql({
      token: tokens.admin,
      query: `mutation { duplicatePostMetric(id: ${JSON.stringify(ids.metric)}, data: { delivery: ${JSON.stringify(ids.delivery)}, date: "${date}", source: manual }) { id } }`,
    })
    assert.match(gql.errors?.[0]?.message ?? '', /已经录入过了/, JSON.stringify(gql))
    assert.equal(await count('post-metrics'), before)
  })
})

describe("platform accounts' statistics health and standing targets", () => {
  test('copywriters do not read statsHealth; editors do; no role writes it', async () => {
    await cms.payload.update({
      collection: 'platform-accounts',
      id: ids.account,
      overrideAccess: true,
      data: { statsHealth: { status: 'quota', message: '今日调用次数已用完', code: '45009' } },
    })
    const copywriter = await rest({ method: 'GET', path: `/api/platform-accounts/${ids.account}`, role: 'copywriter' })
    assert.equal(copywriter.status, 200)
    assert.equal(copywriter.body.statsHealth, undefined)
    const gql = await graphql({ token: tokens.copywriter, query: '{ PlatformAccounts { docs { id statsHealth { status code } } } }' })
    assert.ok(!JSON.stringify(gql).includes('45009'), JSON.stringify(gql))
    const editor = await rest({ method: 'GET', path: `/api/platform-accounts/${ids.account}`, role: 'editor' })
    assert.equal((editor.body.statsHealth as { status?: string } | undefined)?.status, 'quota')
    const forged = await rest({
      method: 'PATCH',
      path: `/api/platform-accounts/${ids.account}`,
      role: 'admin',
      body: { statsHealth: { status: 'ok', code: '' } },
    })
    assert.equal(forged.status, 200)
    const stored = (await readRaw({ payload: cms.payload, collection: 'platform-accounts', id: ids.account }))?.statsHealth as {
      status?: string
    }
    assert.equal(stored.status, 'quota')
  })

  test('only admins write targets', async () => {
    const target = { metric: 'openRate', comparison: 'atLeast', target: 4, period: 'campaign' }
    for (const role of ['editor', 'copywriter'] as const) {
      const reply = await rest({ method: 'PATCH', path: `/api/platform-accounts/${ids.account}`, role, body: { targets: [target] } })
      assert.ok([403, 404].includes(reply.status), `${role}: ${reply.status}`)
    }
    assert.deepEqual((await readRaw({ payload: cms.payload, collection: 'platform-accounts', id: ids.account }))?.targets, [])
    const admin = await rest({ method: 'PATCH', path: `/api/platform-accounts/${ids.account}`, role: 'admin', body: { targets: [target] } })
    assert.equal(admin.status, 200, JSON.stringify(admin.body))
    const stored = (await readRaw({ payload: cms.payload, collection: 'platform-accounts', id: ids.account }))?.targets as {
      target: number
    }[]
    assert.deepEqual(
      stored.map((t) => t.target),
      [4],
    )
  })
})
