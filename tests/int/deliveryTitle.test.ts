import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { mergeListSearchAndWhere } from 'payload/shared'
import { fakeAccountData } from '../fakes/shared/fakeAccounts'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * A delivery keeps its content's title, so that an operator finds it in the deliveries list by what was
 * published (or by its link) instead of by its number; the deliveries made before the field existed get
 * theirs from the migration. Runs on Postgres too (postgresDeliveryTitle.test.ts).
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
let account: Id
let articleDelivery: Id
let posterDelivery: Id
const tokens: Record<string, string> = {}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  account = (
    await cms.payload.create({
      collection: 'platform-accounts',
      overrideAccess: true,
      data: fakeAccountData('wechat', '品牌服务号') as never,
    })
  ).id
  const article = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '双12 会员日满减攻略', body: '## 活动说明\n\n全场满 199 减 30。', owner: team.copywriter.id, status: 'published' },
  })
  const poster = await makeDoc({
    payload: cms.payload,
    collection: 'posters',
    data: { title: '冬日围巾海报', owner: team.designer.id, status: 'published' },
  })
  // The one door the calendar and 立即发布 use, which passes the title it read.
  const { createDelivery } = await import('../../cms/delivery/createDelivery')
  articleDelivery = (
    await createDelivery({ payload: cms.payload, content: { relationTo: 'articles', value: article }, accountId: account })
  ).id
  // Any other maker (the demo's seed): the collection's hook reads the title.
  posterDelivery = (
    await cms.payload.create({
      collection: 'deliveries',
      overrideAccess: true,
      data: {
        content: { relationTo: 'posters', value: poster },
        account,
        state: 'published',
        url: 'https://mp.weixin.qq.com/s/winter-scarf',
      },
    })
  ).id
  // The outsiders of the door test: an operator who runs another account, and a copywriter (no deliveries).
  const other = await cms.payload.create({
    collection: 'platform-accounts',
    overrideAccess: true,
    data: fakeAccountData('weibo', '品牌微博') as never,
  })
  await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'operator@test.local', password: PASSWORD, name: '内容运营', role: 'operator', accounts: [other.id] } as never,
  })
  await cms.payload.create({
    collection: 'post-metrics',
    overrideAccess: true,
    data: { delivery: articleDelivery, position: 1, date: '2026-12-01', readers: 10 } as never,
  })
  for (const [role, email] of [
    ['editor', team.editor.email],
    ['copywriter', team.copywriter.email],
    ['operator', 'operator@test.local'],
  ] as const)
    tokens[role] = await login({ url: cms.url, email, password: PASSWORD })
})

after(async () => {
  await cms?.close()
})

const titleOf = async (id: Id) => (await cms.payload.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })).title

/** What the admin's deliveries list shows an editor for a search typed into its box. */
async function listSearch(search: string): Promise<Id[]> {
  const editor = await cms.payload.findByID({ collection: 'users', id: team.editor.id, overrideAccess: true })
  const where = mergeListSearchAndWhere({ collectionConfig: cms.payload.collections.deliveries.config, search })
  const { docs } = await cms.payload.find({
    collection: 'deliveries',
    where,
    depth: 0,
    overrideAccess: false,
    user: { ...editor, collection: 'users' },
  })
  return docs.map((doc) => doc.id)
}

test('a new delivery keeps its content’s title, whichever code made it', async () => {
  assert.equal(await titleOf(articleDelivery), '双12 会员日满减攻略')
  assert.equal(await titleOf(posterDelivery), '冬日围巾海报')
})

test('the deliveries list finds a delivery by a word of its title or a piece of its link', async () => {
  assert.deepEqual(await listSearch('会员日'), [articleDelivery])
  assert.deepEqual(await listSearch('围巾'), [posterDelivery])
  assert.deepEqual(await listSearch('winter-scarf'), [posterDelivery])
  assert.deepEqual(await listSearch('没有这篇'), [])
})

test('the title is read only where its delivery may be: REST where and select, GraphQL, and the metrics rows’ where, for a visitor, a copywriter and an operator of another account', async () => {
  const title = '双12 会员日满减攻略'
  const word = encodeURIComponent('会员日')
  const graphql = (token: string | undefined) =>
    api({
      url: cms.url,
      method: 'POST',
      path: '/api/graphql',
      token,
      body: { query: '{ Deliveries(where: { title: { like: "会员日" } }) { docs { id title } } }' },
    })
  const doors = (token: string | undefined) => [
    api({ url: cms.url, method: 'GET', path: `/api/deliveries?where[title][like]=${word}&depth=0`, token }),
    api({ url: cms.url, method: 'GET', path: `/api/deliveries/${articleDelivery}?select[title]=true&depth=0`, token }),
    graphql(token),
    api({ url: cms.url, method: 'GET', path: `/api/post-metrics?where[delivery.title][like]=${word}&depth=1`, token }),
  ]
  // The editor, who reads every delivery, finds it through each door: the doors work, so a miss below is a refusal.
  for (const reply of await Promise.all(doors(tokens.editor))) {
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.ok(JSON.stringify(reply.body).includes(title), JSON.stringify(reply.body))
  }
  for (const [who, token] of [
    ['a visitor', undefined],
    ['a copywriter', tokens.copywriter],
    ['an operator of another account', tokens.operator],
  ] as const) {
    const [list, one, gql, metrics] = await Promise.all(doors(token))
    for (const reply of [list, one, gql, metrics]) {
      assert.ok(reply?.status !== undefined && reply.status < 500, `${who}: ${JSON.stringify(reply)}`)
      assert.ok(!JSON.stringify(reply?.body).includes(title), `${who} read the title: ${JSON.stringify(reply?.body)}`)
    }
    // Not even a match: the where finds no delivery and no metrics row (refused, or an empty page).
    for (const reply of [list, metrics])
      assert.deepEqual(Reflect.get(Object(reply?.body), 'docs') ?? [], [], `${who}: ${JSON.stringify(reply?.body)}`)
    assert.notEqual(one?.status, 200, `${who} opened the delivery: ${JSON.stringify(one?.body)}`)
  }
})

test('the migration gives the deliveries made before it their content’s title', async () => {
  const onPostgres = process.env.TEST_ON_POSTGRES === '1'
  const migration = onPostgres
    ? await import('../../cms/migrations/postgres/20261207_084117_delivery_title')
    : await import('../../cms/migrations/sqlite/20261207_084103_delivery_title')
  const args = { db: Reflect.get(cms.payload.db, 'drizzle'), payload: cms.payload, req: {} } as never
  // Back to before the field (the column dropped with its values), then forward again.
  await migration.down(args)
  await migration.up(args)
  assert.equal(await titleOf(articleDelivery), '双12 会员日满减攻略')
  assert.equal(await titleOf(posterDelivery), '冬日围巾海报')
})
